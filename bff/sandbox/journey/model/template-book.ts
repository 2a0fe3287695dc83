import { randomBytes } from 'node:crypto';
import type { ProfileViewTemplate, TemplateAttribute } from './types.js';
import { JourneyError } from './journey-error.js';

/** A workspace's profile-view templates, found by id or by name; a name is unique (409 otherwise). */
export class TemplateBook {
  private templates = new Map<string, ProfileViewTemplate>();

  replaceAll(templates: readonly ProfileViewTemplate[]): void {
    this.templates = new Map(templates.map((template) => [template.id, template]));
  }

  list(): ProfileViewTemplate[] {
    return [...this.templates.values()];
  }

  byId(id: string): ProfileViewTemplate {
    const template = this.templates.get(id);
    if (!template) throw new JourneyError(404, `Profile view template ${id} not found`);
    return template;
  }

  byName(name: string): ProfileViewTemplate {
    const template = this.list().find((candidate) => candidate.name === name);
    if (!template) throw new JourneyError(404, `Profile view template ${name} not found`);
    return template;
  }

  create(name: string, attributes: readonly TemplateAttribute[]): ProfileViewTemplate {
    if (this.list().some((template) => template.name === name))
      throw new JourneyError(409, `A profile view template named ${name} already exists`);
    const template: ProfileViewTemplate = { id: randomBytes(12).toString('hex'), name, attributes };
    this.templates.set(template.id, template);
    return template;
  }

  replace(id: string, name: string, attributes: readonly TemplateAttribute[]): ProfileViewTemplate {
    this.byId(id);
    if (this.list().some((template) => template.name === name && template.id !== id))
      throw new JourneyError(409, `A profile view template named ${name} already exists`);
    const template: ProfileViewTemplate = { id, name, attributes };
    this.templates.set(id, template);
    return template;
  }

  delete(id: string): void {
    this.byId(id);
    this.templates.delete(id);
  }
}
