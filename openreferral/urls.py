from django.urls import path

from openreferral import api

urlpatterns = [
    path("", api.root, name="oruk_root"),
    path("openapi.json", api.openapi, name="oruk_openapi"),
    path("services", api.services, name="oruk_services"),
    path("services/<str:service_id>", api.service, name="oruk_service"),
    path("service_at_locations", api.service_at_locations, name="oruk_service_at_locations"),
    path("service_at_locations/<str:link_id>", api.service_at_location, name="oruk_service_at_location"),
    path("taxonomies", api.taxonomies, name="oruk_taxonomies"),
    path("taxonomies/<str:taxonomy_id>", api.taxonomy, name="oruk_taxonomy"),
    path("taxonomy_terms", api.taxonomy_terms, name="oruk_taxonomy_terms"),
    path("taxonomy_terms/<str:term_id>", api.taxonomy_term, name="oruk_taxonomy_term"),
]
