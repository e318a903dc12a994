package kr.seoul.chatdong.monitoring.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.commons.security.Caller;
import kr.seoul.chatdong.commons.security.Roles;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.monitoring.domain.DistrictLiaison;
import kr.seoul.chatdong.monitoring.domain.FieldContact;
import kr.seoul.chatdong.monitoring.domain.FollowUp;
import kr.seoul.chatdong.monitoring.repository.DistrictLiaisonRepository;
import kr.seoul.chatdong.monitoring.repository.FieldContactRepository;
import kr.seoul.chatdong.monitoring.repository.FollowUpRepository;
import kr.seoul.chatdong.monitoring.service.LiaisonCommands.AppointLiaison;
import kr.seoul.chatdong.monitoring.service.LiaisonCommands.MarkDone;
import kr.seoul.chatdong.monitoring.service.LiaisonCommands.RecordContact;

/**
 * Use cases of 자치구 담당제: appoint a district's liaison, record field contacts with their
 * follow-ups, mark follow-ups done. Contacts and follow-ups are written by a city admin, a monitor,
 * or the district's current liaison (a token of their account, whatever its role).
 */
@ApplicationScoped
public class LiaisonService {

    /** The programme's days are Seoul's. */
    private static final ZoneId SEOUL = ZoneId.of("Asia/Seoul");

    @Inject
    DistrictLiaisonRepository liaisons;

    @Inject
    FieldContactRepository contacts;

    @Inject
    FollowUpRepository followUps;

    @Inject
    SeoulGeography geography;

    @Inject
    AuditTrail audit;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /**
     * A district's liaisons: the current one (null when none) and the earlier periods, newest first.
     * {@code version} grows with every change of any period: the ETag a change is based on.
     */
    public record Liaisons(String districtCode, DistrictLiaison current, List<DistrictLiaison> history, long version) {}

    /**
     * Appoints the district's liaison. The same account as the current one: their details (and the
     * start of their period) change. Another account: the current period ends the day before
     * {@code from} and the new one starts. A first appointment needs no If-Match; any later one does.
     */
    @Transactional
    public Liaisons appoint(String districtCode, AppointLiaison request, ExpectedVersion ifMatch) {
        geography.district(districtCode).orElseThrow(() -> new DomainException.NotFound("district", districtCode));
        List<DistrictLiaison> periods = liaisons.lockPeriodsOf(districtCode);
        if (!periods.isEmpty()) {
            ifMatch.require(versionOf(periods), "district liaison");
        }
        DistrictLiaison current =
                periods.stream().filter(DistrictLiaison::isCurrent).findFirst().orElse(null);
        Instant now = clock.instant();
        if (current != null && current.account().equals(request.account())) {
            DistrictLiaison previous =
                    periods.stream().filter(p -> p != current).findFirst().orElse(null);
            current.describe(request.name(), request.organisation(), request.phone(), request.email());
            if (!request.from().equals(current.validFrom())) {
                current.startOn(request.from(), previous);
            }
            liaisons.flush();
            audit.updated("district-liaison", current.id(), request);
        } else {
            if (current != null) {
                current.endBefore(request.from());
                liaisons.flush(); // the period ends before the next one is inserted (one current liaison per district)
            } else if (!periods.isEmpty()
                    && !request.from().isAfter(periods.get(0).validTo())) {
                throw new DomainException.RuleViolation("The last liaison's period ended on "
                                + periods.get(0).validTo() + "; the next one must start after that, not on "
                                + request.from())
                        .with("rule", "liaison-period-order");
            }
            DistrictLiaison appointed = DistrictLiaison.appoint(
                    districtCode,
                    request.name(),
                    request.organisation(),
                    request.account(),
                    request.phone(),
                    request.email(),
                    request.from(),
                    now);
            liaisons.persist(appointed);
            liaisons.flush();
            audit.created("district-liaison", appointed.id(), request);
        }
        return of(districtCode, liaisons.periodsOf(districtCode));
    }

    @Transactional
    public Liaisons get(String districtCode) {
        geography.district(districtCode).orElseThrow(() -> new DomainException.NotFound("district", districtCode));
        List<DistrictLiaison> periods = liaisons.periodsOf(districtCode);
        if (periods.isEmpty()) {
            throw new DomainException.NotFound("liaison of district", districtCode);
        }
        return of(districtCode, periods);
    }

    private static Liaisons of(String districtCode, List<DistrictLiaison> periods) {
        DistrictLiaison current =
                periods.stream().filter(DistrictLiaison::isCurrent).findFirst().orElse(null);
        return new Liaisons(
                districtCode,
                current,
                periods.stream().filter(p -> p != current).toList(),
                versionOf(periods));
    }

    /** Each change adds a period or changes one (its version grows): the sum grows with every change. */
    private static long versionOf(List<DistrictLiaison> periods) {
        return periods.stream().mapToLong(p -> p.version() + 1).sum() - 1;
    }

    /** Records a field contact and its follow-ups (all or nothing). */
    @Transactional
    public FieldContact.Recorded record(RecordContact request) {
        geography.requireDistrict(request.districtCode(), "districtCode");
        if (request.dongCode() != null) {
            geography.requireDongIn(request.dongCode(), request.districtCode(), "dongCode");
        }
        mayWriteFor(request.districtCode());
        FieldContact.Recorded recorded = FieldContact.record(
                request.districtCode(),
                request.dongCode(),
                request.kind(),
                request.on(),
                request.topic(),
                request.notes(),
                request.followUps().stream()
                        .map(f -> new FieldContact.Planned(f.action(), f.dueOn()))
                        .toList(),
                caller.account(),
                clock.instant());
        contacts.persist(recorded.contact());
        recorded.followUps().forEach(followUps::persist);
        contacts.flush();
        audit.created("field-contact", recorded.contact().id(), request);
        return recorded;
    }

    /** Marks a follow-up done (409 when it already is). */
    @Transactional
    public FollowUp done(UUID followUpId, MarkDone request) {
        FollowUp followUp = followUps.lock(followUpId);
        if (followUp == null) {
            throw new DomainException.NotFound("follow-up", followUpId);
        }
        mayWriteFor(followUp.districtCode());
        Instant now = clock.instant();
        followUp.done(request.note(), caller.account(), LocalDate.ofInstant(now, SEOUL), now);
        followUps.flush();
        audit.record("follow-up", followUpId, "DONE", List.of("status", "doneNote"));
        return followUp;
    }

    /** A contact and its follow-ups, as recorded. */
    @Transactional
    public FieldContact.Recorded contact(UUID id) {
        FieldContact contact =
                contacts.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("field contact", id));
        mayRead(contact.districtCode());
        return new FieldContact.Recorded(contact, followUps.ofContact(id));
    }

    /** A district officer reads their own district's contacts only. */
    public void mayRead(String districtCode) {
        if (caller.hasRole(Roles.CITY_ADMIN)
                || caller.hasRole(Roles.MONITOR)
                || !caller.hasRole(Roles.DISTRICT_OFFICER)) {
            return;
        }
        String own = caller.district().orElse(null);
        if (!districtCode.equals(own)) {
            throw new DomainException.NotAllowed(
                    "Your token is limited to district " + own + "; this contact is of district " + districtCode);
        }
    }

    /** A city admin, a monitor, or the district's current liaison (by account, whatever the token's role). */
    private void mayWriteFor(String districtCode) {
        if (caller.hasRole(Roles.CITY_ADMIN) || caller.hasRole(Roles.MONITOR)) {
            return;
        }
        String account = caller.account();
        if (liaisons.currentAccount(districtCode).filter(account::equals).isEmpty()) {
            throw new DomainException.NotAllowed("Field contacts of district " + districtCode
                    + " are recorded by a city admin, a monitor or the district's liaison; account " + account
                    + " is none of them");
        }
    }
}
