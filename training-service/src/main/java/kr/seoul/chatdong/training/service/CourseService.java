package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.commons.audit.AuditTrail;
import kr.seoul.chatdong.commons.rules.DomainException;
import kr.seoul.chatdong.commons.rules.ExpectedVersion;
import kr.seoul.chatdong.language.geo.SeoulGeography;
import kr.seoul.chatdong.training.domain.CompletionRule;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.repository.CourseRepository;
import kr.seoul.chatdong.training.service.CourseCommands.OfferCourse;
import kr.seoul.chatdong.training.service.CourseCommands.ReviseCourse;

/** Use cases of courses; each write is one transaction with its audit entry. */
@ApplicationScoped
public class CourseService {

    @Inject
    CourseRepository courses;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    SeoulGeography geography;

    @Transactional
    public Course offer(OfferCourse request) {
        String organiser = request.organiser() == null || Course.CITY.equals(request.organiser())
                ? Course.CITY
                : geography.requireDistrict(request.organiser(), "organiser").code();
        if (request.code() != null && courses.count("code", request.code()) > 0) {
            throw new DomainException.StateConflict(
                    "A course with code '" + request.code() + "' exists already; choose another code");
        }
        Course course = Course.offer(
                new Course.Profile(
                        request.code(),
                        request.category(),
                        request.audiences(),
                        organiser,
                        new CompletionRule(request.minAttendanceShare(), request.evaluationRequired())),
                request.title(),
                request.track(),
                request.hours(),
                request.fields(),
                request.description(),
                clock.instant());
        courses.persist(course);
        courses.flush();
        audit.created("course", course.id(), request);
        return course;
    }

    @Transactional
    public Course revise(UUID id, ExpectedVersion ifMatch, ReviseCourse changes) {
        Course course = get(id);
        ifMatch.require(course.version(), "course");
        course.revise(changes.title(), changes.hours(), changes.fields(), changes.description());
        course.remove(changes.removed());
        courses.flush();
        audit.updated("course", id, changes);
        // the view maps the fields after the transaction
        course.fields().size(); // reads the lazy sets while the session is open
        course.audiences().size();
        return course;
    }

    @Transactional
    public Course get(UUID id) {
        Course course = courses.findByIdOptional(id).orElseThrow(() -> new DomainException.NotFound("course", id));
        course.fields().size();
        course.audiences().size();
        return course;
    }
}
