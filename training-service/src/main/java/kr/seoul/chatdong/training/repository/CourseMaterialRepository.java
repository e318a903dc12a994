package kr.seoul.chatdong.training.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.CourseMaterial;
import kr.seoul.chatdong.training.domain.EnrolmentStatus;

@ApplicationScoped
public class CourseMaterialRepository implements PanacheRepositoryBase<CourseMaterial, UUID> {

    /** A course's materials, oldest first. */
    public List<CourseMaterial> ofCourse(UUID courseId) {
        return list("courseId = ?1 order by createdAt, id", courseId);
    }

    /** Whether the trainee holds a seat (ENROLLED) in a cohort of the course. */
    public boolean enrolledInCourse(UUID traineeId, UUID courseId) {
        return getEntityManager()
                        .createQuery(
                                "select count(e) from Enrolment e, Cohort c where e.cohortId = c.id and c.courseId = :course"
                                        + " and e.traineeId = :trainee and e.status = :status",
                                Long.class)
                        .setParameter("course", courseId)
                        .setParameter("trainee", traineeId)
                        .setParameter("status", EnrolmentStatus.ENROLLED)
                        .getSingleResult()
                > 0;
    }
}
