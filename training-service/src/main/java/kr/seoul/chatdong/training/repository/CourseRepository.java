package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Course;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

    /** Ids of the courses that address {@code field}, by title. */
    public java.util.List<UUID> addressing(Field field) {
        return getEntityManager()
                .createQuery(
                        "select c.id from Course c where :field member of c.fields order by c.title, c.id", UUID.class)
                .setParameter("field", field)
                .getResultList();
    }
}
