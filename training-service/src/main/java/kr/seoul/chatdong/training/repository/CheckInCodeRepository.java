package kr.seoul.chatdong.training.repository;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.CheckInCode;

/** Check-in codes by their hash (the primary key). */
@ApplicationScoped
public class CheckInCodeRepository implements PanacheRepositoryBase<CheckInCode, String> {}
