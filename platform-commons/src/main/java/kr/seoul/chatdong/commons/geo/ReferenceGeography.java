package kr.seoul.chatdong.commons.geo;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import kr.seoul.chatdong.language.geo.SeoulGeography;

/**
 * The published language's reference geography as a bean: read once per service and injected
 * wherever a code is validated. The geography itself is plain Java; this is its only CDI wiring.
 */
public class ReferenceGeography {

    @Produces
    @Singleton
    SeoulGeography geography() {
        return new SeoulGeography();
    }
}
