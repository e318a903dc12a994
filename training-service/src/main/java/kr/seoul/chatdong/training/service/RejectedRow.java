package kr.seoul.chatdong.training.service;

/** A line of an uploaded sheet that was not taken, and why (enrolment and attendance sheets). */
public record RejectedRow(int line, String reason) {}
