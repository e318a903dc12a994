package kr.seoul.chatdong.commons.time;

import java.time.Clock;
import java.time.ZoneId;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The platform's clocks: instants are stored in UTC; dates a person sees are Seoul's. */
@ApplicationScoped
public class Clocks {

    public static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Produces
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
