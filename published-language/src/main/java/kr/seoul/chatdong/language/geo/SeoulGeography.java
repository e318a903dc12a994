package kr.seoul.chatdong.language.geo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Seoul's districts and administrative dongs, read once from the reference data shipped in this
 * jar (see {@code reference/SOURCES.md}). Every service validates codes through this class, so an
 * unknown code is refused the same way everywhere.
 */
public class SeoulGeography {

    private static final String DISTRICTS = "reference/seoul-districts.csv";
    private static final String DONGS = "reference/seoul-dongs.csv";
    private static final String BOUNDARIES = "reference/seoul-dongs.geojson";

    /** Required by the boundaries' licences (reference/SOURCES.md): kept with every copy served. */
    public static final String BOUNDARIES_ATTRIBUTION =
            "This data is derived from administrative-dong boundaries released by "
                    + "Statistics Korea SGIS (https://sgis.kostat.go.kr) under KOGL Type 1, modified by vuski/admdongkor "
                    + "(https://github.com/vuski/admdongkor), distributed under CC BY 4.0. Dongs as of 2025-04-01; coordinates "
                    + "WGS84, rounded to 5 decimals.";

    private final Map<String, District> districts;
    private final Map<String, Dong> dongs;
    private final Map<String, List<Dong>> dongsByDistrict;

    private volatile byte[] boundaries;

    /**
     * The 426 dong boundaries as one GeoJSON FeatureCollection (properties: code, name_ko,
     * district_code, district_name_ko), with the attribution and licence as foreign members.
     * Read on first use (0.47 MB), then kept.
     */
    public byte[] boundaries() {
        byte[] loaded = boundaries;
        if (loaded == null) {
            try (InputStream in = SeoulGeography.class.getClassLoader().getResourceAsStream(BOUNDARIES)) {
                if (in == null) {
                    throw new IllegalStateException("Missing reference data " + BOUNDARIES);
                }
                String geojson = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                String prefix = "{\"type\":\"FeatureCollection\",";
                if (!geojson.startsWith(prefix)) {
                    throw new IllegalStateException(BOUNDARIES + " does not start with " + prefix);
                }
                loaded = (prefix + "\"attribution\":\"" + BOUNDARIES_ATTRIBUTION
                                + "\",\"license\":\"CC-BY-4.0 AND KOGL-Type-1\"," + geojson.substring(prefix.length()))
                        .getBytes(StandardCharsets.UTF_8);
                boundaries = loaded;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return loaded;
    }

    public SeoulGeography() {
        this.districts = index(readCsv(DISTRICTS, r -> new District(r[0], r[1], r[2])), District::code);
        this.dongs = index(readCsv(DONGS, r -> new Dong(r[0], r[1], r[2], r[3])), Dong::code);
        this.dongsByDistrict = Collections.unmodifiableMap(dongs.values().stream()
                .collect(Collectors.groupingBy(
                        Dong::districtCode, LinkedHashMap::new, Collectors.toUnmodifiableList())));
        for (Dong dong : dongs.values()) {
            if (!districts.containsKey(dong.districtCode())) {
                throw new IllegalStateException(
                        "Dong " + dong.code() + " names unknown district " + dong.districtCode());
            }
        }
    }

    /** All districts in code order. */
    public List<District> districts() {
        return List.copyOf(districts.values());
    }

    /** All dongs in code order. */
    public List<Dong> dongs() {
        return List.copyOf(dongs.values());
    }

    public List<Dong> dongsOf(String districtCode) {
        return dongsByDistrict.getOrDefault(districtCode, List.of());
    }

    public Optional<District> district(String code) {
        return Optional.ofNullable(code).map(districts::get);
    }

    public Optional<Dong> dong(String code) {
        return Optional.ofNullable(code).map(dongs::get);
    }

    public boolean isDistrict(String code) {
        return code != null && districts.containsKey(code);
    }

    public boolean isDong(String code) {
        return code != null && dongs.containsKey(code);
    }

    /**
     * The district with this code, or a 400 problem naming {@code field} — for codes that arrive in
     * a request body or query.
     */
    public District requireDistrict(String code, String field) {
        return district(code).orElseThrow(() -> UnknownPlace.unknownCode(field, code, "district"));
    }

    /** The dong with this code, or a 400 problem naming {@code field}. */
    public Dong requireDong(String code, String field) {
        return dong(code).orElseThrow(() -> UnknownPlace.unknownCode(field, code, "dong"));
    }

    /** The dong with this code, which must lie in {@code districtCode}; else a 400 problem naming {@code field}. */
    public Dong requireDongIn(String code, String districtCode, String field) {
        Dong dong = requireDong(code, field);
        if (!dong.districtCode().equals(districtCode)) {
            throw new UnknownPlace(
                    field,
                    "dong " + dong.code() + " (" + dong.nameKo() + ") is in district " + dong.districtCode() + " ("
                            + dong.districtNameKo() + "), not " + districtCode);
        }
        return dong;
    }

    /** A district filter of a list: absent stays absent, an unknown code is a 400 naming {@code parameter}. */
    public String districtFilter(String code, String parameter) {
        return code == null ? null : requireDistrict(code, parameter).code();
    }

    /** A dong filter of a list: absent stays absent, an unknown code is a 400 naming {@code parameter}. */
    public String dongFilter(String code, String parameter) {
        return code == null ? null : requireDong(code, parameter).code();
    }

    private static <T> Map<String, T> index(List<T> rows, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        rows.stream().sorted((a, b) -> key.apply(a).compareTo(key.apply(b))).forEach(row -> {
            if (map.put(key.apply(row), row) != null) {
                throw new IllegalStateException("Duplicate reference code " + key.apply(row));
            }
        });
        return Collections.unmodifiableMap(map);
    }

    private static <T> List<T> readCsv(String resource, Function<String[], T> row) {
        try (InputStream in = SeoulGeography.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Reference data missing from the classpath: " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<T> rows = new ArrayList<>();
            String header = reader.readLine();
            int columns = header.split(",", -1).length;
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.isBlank()) {
                    continue;
                }
                String[] cells = line.split(",", -1);
                if (cells.length != columns) {
                    throw new IllegalStateException(resource + ": expected " + columns + " columns in '" + line + "'");
                }
                rows.add(row.apply(cells));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
