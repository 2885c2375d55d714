/** nginx (Debian's package) in front of app instances on loopback: the cluster and bench:mixed. */

export function nginxPath(): string {
  return process.env.NGINX_PATH ?? "/usr/sbin/nginx";
}

/** nginx in front of the app instances on `appPorts` (used by the cluster and by bench:mixed). */
export function nginxConfig(dir: string, port: number, appPorts: number[]): string {
  const upstreams = appPorts.map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join("\n");
  return `worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/nginx-tmp/body;
  proxy_temp_path ${dir}/nginx-tmp/proxy;
  fastcgi_temp_path ${dir}/nginx-tmp/fastcgi;
  uwsgi_temp_path ${dir}/nginx-tmp/uwsgi;
  scgi_temp_path ${dir}/nginx-tmp/scgi;
  client_max_body_size 120m;
  upstream portal {
${upstreams}
    keepalive 32;
  }
  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://portal;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $http_host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
      # An instance that refuses the connection (killed) is skipped; a request it was answering fails
      # with 502 and the client retries it (dossiers carry an idempotency key).
      proxy_next_upstream error timeout;
      proxy_connect_timeout 2s;
      proxy_read_timeout 120s;
    }
  }
}
`;
}
