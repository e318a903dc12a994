package kr.seoul.chatdong.monitoring.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.monitoring.domain.FieldContact;

@ApplicationScoped
public class FieldContactRepository implements PanacheRepositoryBase<FieldContact, UUID> {}
