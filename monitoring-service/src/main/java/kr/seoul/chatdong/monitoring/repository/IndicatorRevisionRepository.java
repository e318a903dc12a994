package kr.seoul.chatdong.monitoring.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.IndicatorRevision;

/** The indicators' revisions as written; lists are read by {@code query.IndicatorQueries}. */
@ApplicationScoped
public class IndicatorRevisionRepository implements PanacheRepositoryBase<IndicatorRevision, Long> {}
