package kr.seoul.chatdong.cases.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.cases.domain.CaseComment;

@ApplicationScoped
public class CaseCommentRepository implements PanacheRepositoryBase<CaseComment, UUID> {}
