# The autograder as a container image, for running it locally or on any container platform (README: "Gradescope",
# "Cluster"). The same zip Gradescope gets is built in the first stage and set up by the same setup.sh in the
# second, which holds the .NET runtime only (no SDK at grading time).
#   docker build -t hw3-autograder .
#   docker run --rm --network none -v "$PWD/Hw3.cs:/autograder/submission/Hw3.cs:ro" -v "$PWD/out:/autograder/results" hw3-autograder
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS package
WORKDIR /src
COPY . .
RUN dotnet build Grader/Hw3.Grader/Hw3.Grader.csproj -c Release --nologo -v quiet \
 && dotnet artifacts/bin/Hw3.Grader/release/hw3.dll package gradescope --out /autograder.zip

FROM mcr.microsoft.com/dotnet/runtime:10.0
# tini is PID 1: it reaps whatever the grader's children leave and forwards signals (docker run --init does the same).
RUN apt-get update -qq \
 && apt-get install -y -qq --no-install-recommends bubblewrap tini unzip util-linux \
 && rm -rf /var/lib/apt/lists/*
COPY --from=package /autograder.zip /tmp/autograder.zip
RUN mkdir -p /autograder/source /autograder/submission /autograder/results \
 && unzip -q /tmp/autograder.zip -d /autograder/source && rm /tmp/autograder.zip \
 && bash /autograder/source/setup.sh \
 && cp /autograder/source/run_autograder /autograder/run_autograder
# The submission is mounted at /autograder/submission (and optionally submission_metadata.json beside it); the
# report appears in /autograder/results. Grading needs no network: run with --network none.
ENTRYPOINT ["/usr/bin/tini", "--", "/autograder/run_autograder"]
