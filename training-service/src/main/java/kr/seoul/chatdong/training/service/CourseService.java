package kr.seoul.chatdong.training.service;

import java.time.Clock;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.commons.problem.ProblemException;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.CourseTrack;
import kr.seoul.chatdong.training.repository.CourseRepository;
import kr.seoul.chatdong.commons.rest.Preconditions;
import kr.seoul.chatdong.training.rest.CourseViews.CourseChanges;
import kr.seoul.chatdong.training.rest.CourseViews.NewCourse;

/** Use cases of courses. */
@ApplicationScoped
public class CourseService {

    @Inject
    CourseRepository courses;

    @Inject
    Clock clock;

    @Transactional
    public Course offer(NewCourse request) {
        Set<Field> fields = request.fields() == null ? Set.of() : request.fields();
        Course course = Course.offer(request.title().strip(), request.track(), request.hours(), fields,
                request.description(), clock.instant());
        courses.persist(course);
        courses.flush();
        return course;
    }

    @Transactional
    public Course revise(UUID id, String ifMatch, CourseChanges changes) {
        Course course = get(id);
        Preconditions.requireMatch(ifMatch, course.version(), "course");
        course.revise(changes.title() == null ? null : changes.title().strip(), changes.hours(), changes.fields(), changes.description());
        courses.flush();
        return course;
    }

    public Course get(UUID id) {
        return courses.findByIdOptional(id).orElseThrow(() -> ProblemException.notFound("course", id));
    }

    public Page<Course> list(CourseTrack track, Field field, PageRequest paging) {
        return courses.list(track, field, paging);
    }
}
