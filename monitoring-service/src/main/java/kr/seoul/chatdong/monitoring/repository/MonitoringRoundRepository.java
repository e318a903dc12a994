package kr.seoul.chatdong.monitoring.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.MonitoringRound;

/** The rounds as aggregates, for the use cases; lists of rounds are read by {@code query.RoundQueries}. */
@ApplicationScoped
public class MonitoringRoundRepository implements PanacheRepositoryBase<MonitoringRound, UUID> {}
