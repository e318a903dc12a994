package kr.seoul.chatdong.cases;

import kr.seoul.chatdong.testing.LayerRulesContract;

/** The layer rules of shared STYLE.md, checked on this service's classes ({@link LayerRulesContract}). */
class CasesLayerRulesTest extends LayerRulesContract {

    @Override
    protected String service() {
        return "cases";
    }
}
