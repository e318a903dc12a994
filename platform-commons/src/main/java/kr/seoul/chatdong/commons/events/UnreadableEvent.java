package kr.seoul.chatdong.commons.events;

/** A message that can never be processed as it is (no id, not JSON, not the declared shape): it goes to the DLQ at once. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
