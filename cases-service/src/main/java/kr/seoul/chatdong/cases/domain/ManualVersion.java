package kr.seoul.chatdong.cases.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A published version of a manual volume: when, how many copies; the feedback it took in points at it. */
@Entity
@Table(name = "manual_version")
public class ManualVersion {

    @Id
    private UUID id;

    @Column(name = "volume_id")
    private String volumeId;

    private String version;

    @Column(name = "published_on")
    private LocalDate publishedOn;

    private int copies;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ManualVersion() {}

    public ManualVersion(String volumeId, String version, LocalDate publishedOn, int copies, Instant now) {
        this.id = UUID.randomUUID();
        this.volumeId = volumeId;
        this.version = version;
        this.publishedOn = publishedOn;
        this.copies = copies;
        this.createdAt = now;
    }

    public UUID id() {
        return id;
    }

    public String volumeId() {
        return volumeId;
    }

    public String version() {
        return version;
    }

    public LocalDate publishedOn() {
        return publishedOn;
    }

    public int copies() {
        return copies;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
