package kr.seoul.chatdong.training;

import kr.seoul.chatdong.testing.LayerRulesContract;

/** The layer rules of shared STYLE.md, checked on this service's classes ({@link LayerRulesContract}). */
class TrainingLayerRulesTest extends LayerRulesContract {

    @Override
    protected String service() {
        return "training";
    }
}
