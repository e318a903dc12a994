package kr.seoul.chatdong.cases.service;

import java.time.Clock;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.cases.domain.ManualFeedback;
import kr.seoul.chatdong.cases.domain.ManualVersion;
import kr.seoul.chatdong.cases.domain.ManualVolume;
import kr.seoul.chatdong.cases.repository.ManualRepository;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands.Decline;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands.GiveFeedback;
import kr.seoul.chatdong.cases.service.SolutionDeskCommands.PublishVersion;
import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.language.geo.SeoulGeography;

/** 업무매뉴얼: the four volumes, their versions, and the field's feedback each version takes in. */
@ApplicationScoped
public class ManualService {

    @Inject
    ManualRepository manuals;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Caller caller;

    /**
     * A new version of a volume, taking in the given feedback (each of this volume and OPEN: 422
     * feedback-of-another-volume or unknown-feedback, 409 when no longer OPEN); a version label twice is a 409.
     */
    @Transactional
    public ManualVersion publish(String volumeId, PublishVersion request) {
        ManualVolume volume = volume(volumeId);
        if (manuals.version(volume.id(), request.version()).isPresent()) {
            throw new DomainException.StateConflict(
                    "Volume " + volume.id() + " has a version " + request.version() + " already");
        }
        ManualVersion version = new ManualVersion(
                volume.id(), request.version(), request.publishedOn(), request.copies(), clock.instant());
        manuals.persist(version);
        List<UUID> ids =
                request.feedbackIds() == null ? List.of() : List.copyOf(new LinkedHashSet<>(request.feedbackIds()));
        for (UUID id : ids) {
            manuals.feedback(id)
                    .orElseThrow(() -> new DomainException.RuleViolation("No feedback " + id)
                            .with("rule", "unknown-feedback")
                            .with("feedbackId", id.toString()))
                    .adoptIn(version);
        }
        manuals.flush();
        audit.created("manual-version", version.id(), request);
        return version;
    }

    /** Feedback on a volume's section: a district officer for its own district (403 otherwise), editors and city admins for any. */
    @Transactional
    public ManualFeedback feedback(String volumeId, GiveFeedback request) {
        ManualVolume volume = volume(volumeId);
        geography.requireDistrict(request.districtCode(), "districtCode");
        caller.mayWriteDistrict(request.districtCode());
        ManualFeedback f = new ManualFeedback(
                volume.id(),
                request.section(),
                request.text(),
                request.districtCode(),
                caller.account(),
                clock.instant());
        manuals.persist(f);
        manuals.flush();
        audit.created("manual-feedback", f.id(), request);
        return f;
    }

    @Transactional
    public ManualFeedback decline(String volumeId, UUID feedbackId, Decline request) {
        ManualFeedback f = feedbackOf(volumeId, feedbackId);
        f.decline(request.reason());
        manuals.flush();
        audit.record("manual-feedback", feedbackId, "decline", List.of("status", "declinedReason"));
        return f;
    }

    public ManualVolume volume(String id) {
        return manuals.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("manual volume", id));
    }

    public ManualFeedback feedbackOf(String volumeId, UUID feedbackId) {
        return manuals.feedback(feedbackId)
                .filter(f -> f.volumeId().equals(volume(volumeId).id()))
                .orElseThrow(() -> new DomainException.NotFound("manual feedback", feedbackId));
    }
}
