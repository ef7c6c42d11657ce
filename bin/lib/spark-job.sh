# Sourced by bin/precis-spark and bin/precis-spark-cluster: finds the JDK, builds the job's jar on
# first use (or when sources changed) and keeps the Spark class path in
# precis-spark/target/spark.classpath. Sets JAVA_HOME, SPARK_JAR, SPARK_CLASSPATH, SPARK_OPENS.
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAVA_HOME="$("$root/bin/java-home")" || exit 1
export JAVA_HOME
SPARK_JAR="$root/precis-spark/target/precis-spark.jar"
classpath_file="$root/precis-spark/target/spark.classpath"

spark_job_stale() {
  [ ! -f "$SPARK_JAR" ] || [ ! -f "$classpath_file" ] && return 0
  [ -n "$(find "$root/pom.xml" "$root"/precis-core/pom.xml "$root"/precis-spark/pom.xml \
      "$root"/precis-core/src/main "$root"/precis-spark/src/main -newer "$SPARK_JAR" -type f \
      -print -quit 2>/dev/null)" ]
}

if spark_job_stale; then
  echo "precis-spark: building the job (first run takes a few minutes: Spark comes from Maven)..." >&2
  log="$root/precis-spark/target-build.log"
  if ! (cd "$root" && ./mvnw -q -B -DskipTests -Dmaven.javadoc.skip=true package \
      -pl precis-spark -am > "$log" 2>&1 \
      && ./mvnw -q -B dependency:build-classpath -pl precis-spark -Dmdep.includeScope=compile \
      -Dmdep.outputFile="$classpath_file" >> "$log" 2>&1); then
    echo "precis-spark: the build failed; see precis-spark/target-build.log" >&2
    exit 1
  fi
  rm -f "$log"
fi
SPARK_CLASSPATH="$(cat "$classpath_file")"
# the options Spark needs on JDK 17 and later (spark-submit adds them itself)
SPARK_OPENS="-XX:+IgnoreUnrecognizedVMOptions -Djdk.reflect.useDirectMethodHandle=false"
SPARK_OPENS="$SPARK_OPENS -Dio.netty.tryReflectionSetAccessible=true"
for p in java.lang java.lang.invoke java.lang.reflect java.io java.net java.nio java.util \
    java.util.concurrent java.util.concurrent.atomic jdk.internal.ref sun.nio.ch sun.nio.cs \
    sun.util.calendar; do
  SPARK_OPENS="$SPARK_OPENS --add-opens=java.base/$p=ALL-UNNAMED"
done
export SPARK_LOCAL_IP="${SPARK_LOCAL_IP:-127.0.0.1}"
