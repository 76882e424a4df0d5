#!/bin/sh
# 같은 데이터를 두 컨테이너가 나눠 쓰는 예: 이름 있는 볼륨과 --volumes-from
docker volume create site-data
docker run -d --name web1 -p 8080:80 \
  -v site-data:/usr/share/nginx/html \
  nginx:1.27-alpine
docker run -d --name web2 -p 8081:80 --volumes-from web1 nginx:1.27-alpine
