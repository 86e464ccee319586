import { HttpError, NetworkError } from './errors.ts';

export interface RawResponse {
  status: number;
  body: string;
}

export type Transport = (url: string) => Promise<RawResponse>;

export class ApiClient {
  readonly baseUrl: string;
  readonly transport: Transport;

  constructor(baseUrl: string, transport: Transport) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.transport = transport;
  }

  async getJson<T>(path: string): Promise<T> {
    const url = `${this.baseUrl}${path}`;
    let response: RawResponse;
    try {
      response = await this.transport(url);
    } catch (cause) {
      throw new NetworkError(url, cause);
    }
    if (response.status < 200 || response.status >= 300) throw new HttpError(response.status, url);
    return JSON.parse(response.body) as T;
  }
}
