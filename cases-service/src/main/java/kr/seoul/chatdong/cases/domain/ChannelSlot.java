package kr.seoul.chatdong.cases.domain;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A channel and the day a published case appears there. */
@Embeddable
public class ChannelSlot {

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Column(name = "scheduled_on")
    private LocalDate scheduledOn;

    protected ChannelSlot() {}

    public ChannelSlot(Channel channel, LocalDate scheduledOn) {
        this.channel = channel;
        this.scheduledOn = scheduledOn;
    }

    public Channel channel() {
        return channel;
    }

    public LocalDate scheduledOn() {
        return scheduledOn;
    }
}
