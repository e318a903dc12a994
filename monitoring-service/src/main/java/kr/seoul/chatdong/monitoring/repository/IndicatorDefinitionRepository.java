package kr.seoul.chatdong.monitoring.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.IndicatorDefinition;

/** The indicators' definitions as aggregates; lists are read by {@code query.IndicatorQueries}. */
@ApplicationScoped
public class IndicatorDefinitionRepository implements PanacheRepositoryBase<IndicatorDefinition, String> {}
