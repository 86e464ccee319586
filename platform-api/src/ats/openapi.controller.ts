import { Controller, Get, Header } from '@nestjs/common';
import { atsDocument } from '@fixpoint/openapi';
import { Public } from '../common/access.decorators';
import { API_REFERENCE_CSS, renderApiReference } from './api-reference';

// The reference page has no script and loads only its own stylesheet.
const CSP =
  "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/** The ATS API's document and its rendered reference. No key needed: both are public. */
@Public()
@Controller()
export class OpenApiController {
  private readonly page = renderApiReference();

  @Get('ats/v1/openapi.json')
  @Header('cache-control', 'public, max-age=300')
  document() {
    return atsDocument();
  }

  @Get('docs/api')
  @Header('content-type', 'text/html; charset=utf-8')
  @Header('content-security-policy', CSP)
  @Header('x-content-type-options', 'nosniff')
  reference() {
    return this.page;
  }

  @Get('docs/api.css')
  @Header('content-type', 'text/css; charset=utf-8')
  @Header('cache-control', 'public, max-age=300')
  stylesheet() {
    return API_REFERENCE_CSS;
  }
}
