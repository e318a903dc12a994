package kr.seoul.chatdong.governance.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.governance.domain.AnnualPlan;

@ApplicationScoped
public class AnnualPlanRepository implements PanacheRepositoryBase<AnnualPlan, Integer> {}
