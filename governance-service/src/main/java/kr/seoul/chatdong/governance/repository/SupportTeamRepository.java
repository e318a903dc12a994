package kr.seoul.chatdong.governance.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.governance.domain.SupportTeam;

@ApplicationScoped
public class SupportTeamRepository implements PanacheRepositoryBase<SupportTeam, UUID> {}
