package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;

import kr.seoul.chatdong.language.Field;
import kr.seoul.chatdong.commons.paging.Filter;
import kr.seoul.chatdong.commons.paging.Page;
import kr.seoul.chatdong.commons.paging.PageRequest;
import kr.seoul.chatdong.training.domain.Course;
import kr.seoul.chatdong.training.domain.CourseTrack;

@ApplicationScoped
public class CourseRepository implements PanacheRepositoryBase<Course, UUID> {

    /** Ids of the courses that address {@code field}, by title. */
    public java.util.List<UUID> addressing(Field field) {
        return getEntityManager().createQuery("select c.id from Course c where :field member of c.fields order by c.title, c.id", UUID.class)
                .setParameter("field", field).getResultList();
    }

    /** By title, id breaking ties; {@code field} keeps the courses that address that field. */
    public Page<Course> list(CourseTrack track, Field field, PageRequest paging) {
        Filter filter = Filter.where().eq("track", track);
        String condition = filter.query();
        if (field != null) {
            condition += " and :field member of fields";
            filter.parameters().put("field", field);
        }
        var query = find(condition, Sort.ascending("title").and("id"), filter.parameters());
        return Page.of(query.page(paging.page(), paging.size()).list(), paging, query.count());
    }
}
