package kr.seoul.chatdong.monitoring;

import kr.seoul.chatdong.testing.LayerRulesContract;

/** The layer rules of shared STYLE.md, checked on this service's classes ({@link LayerRulesContract}). */
class MonitoringLayerRulesTest extends LayerRulesContract {

    @Override
    protected String service() {
        return "monitoring";
    }
}
