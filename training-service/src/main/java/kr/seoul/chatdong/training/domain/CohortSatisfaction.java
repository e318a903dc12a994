package kr.seoul.chatdong.training.domain;

import java.math.BigDecimal;

/** 만족도: how many of a cohort's trainees answered the satisfaction evaluation, and their mean score (0–100; null when none did). */
public record CohortSatisfaction(int count, BigDecimal mean) {}
