package kr.seoul.chatdong.monitoring.query;

import java.time.LocalDate;
import java.util.UUID;

import kr.seoul.chatdong.monitoring.domain.RoundStatus;

/** A round in a list: its columns and the number of dongs in scope, without loading the dong set. */
public record RoundListItem(
        UUID id, String name, LocalDate startsOn, LocalDate endsOn, RoundStatus status, int dongCount) {}
