package kr.seoul.chatdong.governance.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.governance.domain.MeetingSeries;

@ApplicationScoped
public class MeetingSeriesRepository implements PanacheRepositoryBase<MeetingSeries, UUID> {}
