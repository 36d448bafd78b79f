# Builds the portal and runs it on a JRE 17; used by docker-compose.yml with the prod profile.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 portal && mkdir -p /var/lib/dvc/files && chown -R portal /var/lib/dvc
USER portal
WORKDIR /app
COPY --from=build /src/target/dvc-portal-*.jar /app/portal.jar
ENV SPRING_PROFILES_ACTIVE=prod \
    DVC_DOCUMENTS_STORAGE_DIRECTORY=/var/lib/dvc/files
EXPOSE 8080
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/portal.jar"]
