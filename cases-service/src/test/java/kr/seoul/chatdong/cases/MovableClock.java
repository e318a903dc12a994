package kr.seoul.chatdong.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/**
 * The service's clock in this module's tests: the system clock, unless a test moves it to another
 * time for the length of a call ({@link #at}); it keeps ticking from there. Tests of this module run
 * one after another, so nothing else sees the moved time.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Runs {@code work} with the clock moved to {@code instant}, and moves it back. */
    public <T> T at(Instant instant, Callable<T> work) throws Exception {
        offset = Duration.between(Instant.now(), instant);
        try {
            return work.call();
        } finally {
            offset = Duration.ZERO;
        }
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset);
    }
}
