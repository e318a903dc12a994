# shellcheck shell=bash
# The JDK the platform builds and runs on: Java 25 or later (issue 20). Sourced by ./chatdong,
# .ci/run and the bench scripts, which then run that JDK's java and hand it to Maven (JAVA_HOME).
#
# Chosen in this order: JAVA_HOME when it is 25 or later, else the newest /usr/lib/jvm/*25* (then
# any /usr/lib/jvm/* of 25 or later). Never a silent fall-back to an older default java: without
# one, the script stops with one line that says what to install.

CHATDONG_MIN_JAVA=25

# jdk_major HOME: the feature version of the JDK in HOME (from its release file), or nothing.
jdk_major() {
  local home=$1 v
  [[ -x $home/bin/java && -f $home/release ]] || return 1
  v=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$home/release")
  [[ $v =~ ^[0-9]+$ ]] || return 1
  printf '%s\n' "$v"
}

# ensure_jdk: exports JAVA_HOME (25 or later) and puts its bin first on PATH; exits 1 without one.
ensure_jdk() {
  local home v
  if [[ -n ${CHATDONG_JDK_CHOSEN:-} && ${JAVA_HOME:-} == "$CHATDONG_JDK_CHOSEN" ]]; then return 0; fi
  if [[ -n ${JAVA_HOME:-} ]] && v=$(jdk_major "$JAVA_HOME") && ((v >= CHATDONG_MIN_JAVA)); then
    home=$JAVA_HOME
  else
    home=""
    for candidate in $(ls -d /usr/lib/jvm/*"$CHATDONG_MIN_JAVA"* 2>/dev/null | sort -rV) $(ls -d /usr/lib/jvm/* 2>/dev/null | sort -rV); do
      if v=$(jdk_major "$candidate") && ((v >= CHATDONG_MIN_JAVA)); then home=$candidate; break; fi
    done
  fi
  if [[ -z $home ]]; then
    printf 'chatdong: JDK %s or later is needed and none was found (%s/usr/lib/jvm has none): install Temurin %s (Adoptium: apt-get install temurin-%s-jdk) or set JAVA_HOME to one\n' \
      "$CHATDONG_MIN_JAVA" "${JAVA_HOME:+JAVA_HOME=$JAVA_HOME is older, }" "$CHATDONG_MIN_JAVA" "$CHATDONG_MIN_JAVA" >&2
    exit 1
  fi
  export JAVA_HOME=$home
  export PATH="$home/bin:$PATH"
  export CHATDONG_JDK_CHOSEN=$home
}
