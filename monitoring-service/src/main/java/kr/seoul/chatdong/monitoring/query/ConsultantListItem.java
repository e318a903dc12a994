package kr.seoul.chatdong.monitoring.query;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import kr.seoul.chatdong.language.Field;

/** A consultant in a list, with the fields they consult in and their current load. */
public record ConsultantListItem(
        UUID id,
        String name,
        String organisation,
        Set<Field> fields,
        String homeDistrictCode,
        int capacity,
        LocalDate activeFrom,
        LocalDate activeTo,
        long activeAssignments) {}
