package kr.seoul.chatdong.commons.events;

import java.time.Instant;

/** An event as a consumer sees it: the CloudEvents attributes and the typed payload. */
public record ReceivedEvent<P>(String id, String type, String source, String subject, Instant time, P payload) {}
