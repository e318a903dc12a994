package kr.seoul.chatdong.training.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kr.seoul.chatdong.training.domain.TrainingDemandSurvey;

@ApplicationScoped
public class TrainingDemandSurveyRepository implements PanacheRepositoryBase<TrainingDemandSurvey, UUID> {}
