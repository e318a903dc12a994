package kr.seoul.chatdong.training.domain;

/** 교육 목표: how many of an audience an organiser (CITY or a district code) means to train in a year. */
public record TrainingTarget(String organiser, TargetAudience audience, int target) {}
