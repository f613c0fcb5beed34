# One image for every application instance: built once, run as often as needed (docker-compose.yml).
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q -Dmaven.test.skip=true dependency:resolve
COPY src src
RUN ./mvnw -B -q -Dmaven.test.skip=true package

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app waakvlam
WORKDIR /app
COPY --from=build /src/target/waakvlam-0.1.0-SNAPSHOT.jar /app/waakvlam.jar
USER waakvlam
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/waakvlam.jar"]
