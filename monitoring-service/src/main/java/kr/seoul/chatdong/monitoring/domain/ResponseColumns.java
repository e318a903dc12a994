package kr.seoul.chatdong.monitoring.domain;

/**
 * Where the cells of a response file are, as its header says ({@link Survey#columns}): the three
 * fixed columns and, for each question in the survey's order, its answer column.
 */
public record ResponseColumns(int width, int respondentId, int dongCode, int group, int[] answers) {}
