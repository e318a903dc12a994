package kr.seoul.chatdong.governance.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kr.seoul.chatdong.commons.rules.DomainException;

/**
 * Which council receives the agenda items a source derives: the plan reports results to the city's
 * steering bodies (시 추진단, 운영위원회), not to a council chosen by the code.
 */
@Entity
@Table(name = "agenda_routing")
public class AgendaRouting {

    /** What derives agenda items: a completed monitoring round, the yearly evaluation. */
    @Schema(
            name = "AgendaSource",
            description = "MONITORING: a completed monitoring round; EVALUATION: the yearly evaluation report")
    public enum Source {
        MONITORING,
        EVALUATION
    }

    @Id
    @Enumerated(EnumType.STRING)
    private Source source;

    @Column(name = "council_id")
    private UUID councilId;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected AgendaRouting() {}

    public static AgendaRouting to(Source source, Council council, Instant now) {
        AgendaRouting routing = new AgendaRouting();
        routing.source = source;
        routing.route(council, now);
        return routing;
    }

    /** Sends the source's items to {@code council} from now on; a dissolved council takes none. */
    public void route(Council council, Instant now) {
        if (council.status() != CouncilStatus.ACTIVE) {
            throw new DomainException.RuleViolation(
                            "The council is " + council.status() + "; derived agenda items go to an active council")
                    .with("rule", "council-not-active")
                    .with("field", "councilId");
        }
        if (council.id().equals(councilId)) {
            return;
        }
        this.councilId = council.id();
        this.updatedAt = now;
    }

    public Source source() {
        return source;
    }

    public UUID councilId() {
        return councilId;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public long version() {
        return version;
    }
}
