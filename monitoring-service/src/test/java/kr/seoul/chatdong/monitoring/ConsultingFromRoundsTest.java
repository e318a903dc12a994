package kr.seoul.chatdong.monitoring;

import io.quarkus.test.junit.QuarkusTest;

import kr.seoul.chatdong.testing.RoundCompletedConsumerContract;

/** round.completed → consulting assignments: the example's 58, 45 and 59 are below its bar of 60. */
@QuarkusTest
class ConsultingFromRoundsTest extends RoundCompletedConsumerContract {

    @Override
    protected String derivedRecords() {
        return "/api/v1/consulting-assignments";
    }

    @Override
    protected String withdrawnReasonMember() {
        return "endedReason";
    }

    @Override
    protected Derivation derivation() {
        return Derivation.BELOW_THE_BAR;
    }

    @Override
    protected int derivedFromExample() {
        return 3;
    }
}
