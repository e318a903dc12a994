package kr.seoul.chatdong.cases.domain;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * 업무매뉴얼: a volume of the programme's manuals, handbooks and guidelines, for one audience (seeded: the
 * plan's four 2015 volumes, welfare-health, village, administration, appendix-visiting-nurse; and the three
 * of 2016, support-team-operations, welfare-planner-handbook, field-contact-guideline).
 */
@Entity
@Table(name = "manual_volume")
public class ManualVolume {

    @Id
    private String id;

    private String title;

    @Enumerated(EnumType.STRING)
    private ManualKind kind;

    @Enumerated(EnumType.STRING)
    private ManualAudience audience;

    private int position;

    @Column(name = "created_at")
    private Instant createdAt;

    protected ManualVolume() {}

    /** A new volume, listed after the others ({@code position}). */
    public ManualVolume(String id, String title, ManualKind kind, ManualAudience audience, int position, Instant now) {
        this.id = id;
        this.title = title;
        this.kind = kind;
        this.audience = audience;
        this.position = position;
        this.createdAt = now;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public ManualKind kind() {
        return kind;
    }

    public ManualAudience audience() {
        return audience;
    }

    public int position() {
        return position;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
