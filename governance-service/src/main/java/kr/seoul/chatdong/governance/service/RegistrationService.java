package kr.seoul.chatdong.governance.service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.governance.domain.Meeting;

/** Use cases of public registrations for a meeting: a seat while there is one, else the waiting list. */
@ApplicationScoped
public class RegistrationService {

    @Inject
    AuditTrail audit;

    @Inject
    MeetingService meetings;

    @Inject
    kr.seoul.chatdong.governance.repository.RegistrationRepository registrations;

    @Inject
    Clock clock;

    /** A registration: REGISTERED while seats are left, WAITLISTED after. The meeting row is locked so seats are counted once. */
    @Transactional
    public kr.seoul.chatdong.governance.domain.Registration register(
            UUID meetingId, GovernanceCommands.Register request) {
        Meeting meeting = meetings.writable(meetingId);
        meeting.requireOpenForRegistration();
        var registration = new kr.seoul.chatdong.governance.domain.Registration(
                meeting,
                request.name(),
                request.organisation(),
                registrations.registered(meetingId) < meeting.capacity(),
                clock.instant());
        registrations.persist(registration);
        registrations.flush();
        audit.created("registration", registration.id(), request);
        return registration;
    }

    /** Withdraws a registration; the seat it held goes to the first on the waiting list. */
    @Transactional
    public kr.seoul.chatdong.governance.domain.Registration withdraw(UUID meetingId, UUID registrationId) {
        meetings.writable(meetingId);
        var registration = registrations
                .findByIdOptional(registrationId)
                .filter(r -> r.meetingId().equals(meetingId))
                .orElseThrow(() -> new DomainException.NotFound("registration", registrationId));
        if (registration.status() == kr.seoul.chatdong.governance.domain.Registration.Status.WITHDRAWN) {
            return registration;
        }
        if (registration.withdraw()) {
            registrations.firstWaiting(meetingId).ifPresent(kr.seoul.chatdong.governance.domain.Registration::promote);
        }
        registrations.flush();
        audit.record("registration", registrationId, "UPDATE", List.of("status"));
        return registration;
    }
}
