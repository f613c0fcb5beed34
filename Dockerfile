# One image for every application instance: built once, run as often as needed (docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -Dmaven.test.skip=true dependency:resolve
COPY src src
RUN ./mvnw -B -q -Dmaven.test.skip=true package \
 && java -Djarmode=tools -jar target/waakvlam-0.1.0-SNAPSHOT.jar extract --layers --destination /extracted

# Spring Boot's layered jar, one image layer per jar layer, least changing first: a code change ships
# only the application layer. The embedded PostgreSQL's binaries (their own jar layer) are left out:
# a container runs against an external PostgreSQL.
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app waakvlam
WORKDIR /app
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
USER waakvlam
EXPOSE 8080
# The heap gets half of the container's memory limit (1 GB of 2 GB): the rest is class metadata, code,
# threads and buffers. Without a limit the JVM would take a quarter of the host (docs/performance.md).
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=50", "-jar", "/app/waakvlam-0.1.0-SNAPSHOT.jar"]
