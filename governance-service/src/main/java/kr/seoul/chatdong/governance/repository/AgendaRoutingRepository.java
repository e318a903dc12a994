package kr.seoul.chatdong.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.governance.domain.AgendaRouting;

@ApplicationScoped
public class AgendaRoutingRepository implements PanacheRepositoryBase<AgendaRouting, AgendaRouting.Source> {}
