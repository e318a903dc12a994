package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.training.domain.Audience;
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

    /** Ids of the courses for support teams whose title or description names {@code topic}, by title. */
    public java.util.List<UUID> forSupportTeamsOn(String topic) {
        String like = "%"
                + topic.toLowerCase(java.util.Locale.ROOT)
                        .replace("\\", "\\\\")
                        .replace("%", "\\%")
                        .replace("_", "\\_")
                + "%";
        return getEntityManager()
                .createQuery(
                        "select c.id from Course c where :audience member of c.audiences and (lower(c.title) like "
                                + ":topic escape '\\' or lower(coalesce(c.description, '')) like :topic escape '\\') "
                                + "order by c.title, c.id",
                        UUID.class)
                .setParameter("audience", Audience.SUPPORT_TEAM)
                .setParameter("topic", like)
                .getResultList();
    }
}
