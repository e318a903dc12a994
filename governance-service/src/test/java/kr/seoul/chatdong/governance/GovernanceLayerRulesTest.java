package kr.seoul.chatdong.governance;

import kr.seoul.chatdong.testing.LayerRulesContract;

/** The layer rules of shared STYLE.md, checked on this service's classes ({@link LayerRulesContract}). */
class GovernanceLayerRulesTest extends LayerRulesContract {

    @Override
    protected String service() {
        return "governance";
    }
}
