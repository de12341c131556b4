import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'editor', 'reviewer', 'approver', 'printer');
  CREATE TYPE "public"."enum_news_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum_news_category" AS ENUM('work', 'notice', 'village', 'public-notice');
  CREATE TYPE "public"."enum_news_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum_news_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum_news_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__news_v_version_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum__news_v_version_category" AS ENUM('work', 'notice', 'village', 'public-notice');
  CREATE TYPE "public"."enum__news_v_version_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum__news_v_version_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum__news_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_policies_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum_policies_kind" AS ENUM('rule', 'normative', 'other');
  CREATE TYPE "public"."enum_policies_validity" AS ENUM('valid', 'repealed', 'amended');
  CREATE TYPE "public"."enum_policies_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum_policies_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum_policies_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policies_v_version_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum__policies_v_version_kind" AS ENUM('rule', 'normative', 'other');
  CREATE TYPE "public"."enum__policies_v_version_validity" AS ENUM('valid', 'repealed', 'amended');
  CREATE TYPE "public"."enum__policies_v_version_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum__policies_v_version_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum__policies_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_policy_interpretations_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum_policy_interpretations_form" AS ENUM('text', 'graphic', 'video');
  CREATE TYPE "public"."enum_policy_interpretations_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum_policy_interpretations_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum_policy_interpretations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_form" AS ENUM('text', 'graphic', 'video');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum__policy_interpretations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_meetings_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum_meetings_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum_meetings_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum_meetings_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__meetings_v_version_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum__meetings_v_version_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum__meetings_v_version_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum__meetings_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_annual_reports_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum_annual_reports_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum_annual_reports_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum_annual_reports_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__annual_reports_v_version_channels" AS ENUM('website', 'wechat', 'noticeboard');
  CREATE TYPE "public"."enum__annual_reports_v_version_topic" AS ENUM('general', 'economy', 'finance', 'land', 'agriculture', 'industry', 'commerce', 'market', 'construction', 'education', 'culture', 'health', 'population', 'labour', 'security', 'civil', 'ethnic', 'foreign', 'overseas', 'defence', 'other');
  CREATE TYPE "public"."enum__annual_reports_v_version_disclosure_mode" AS ENUM('proactive', 'on-request', 'withheld');
  CREATE TYPE "public"."enum__annual_reports_v_version_status" AS ENUM('draft', 'published');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"enable_a_p_i_key" boolean,
  	"api_key" varchar,
  	"api_key_index" varchar,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone,
  	"login_attempts" numeric DEFAULT 0,
  	"lock_until" timestamp(3) with time zone
  );
  
  CREATE TABLE "news_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_news_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "news" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"summary" varchar,
  	"body" jsonb,
  	"cover_id" integer,
  	"category" "enum_news_category" DEFAULT 'work',
  	"author" varchar,
  	"index_number" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publisher" varchar,
  	"topic" "enum_news_topic" DEFAULT 'general',
  	"disclosure_mode" "enum_news_disclosure_mode" DEFAULT 'proactive',
  	"keywords" varchar,
  	"abstract" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_news_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_news_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__news_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_news_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_summary" varchar,
  	"version_body" jsonb,
  	"version_cover_id" integer,
  	"version_category" "enum__news_v_version_category" DEFAULT 'work',
  	"version_author" varchar,
  	"version_index_number" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publisher" varchar,
  	"version_topic" "enum__news_v_version_topic" DEFAULT 'general',
  	"version_disclosure_mode" "enum__news_v_version_disclosure_mode" DEFAULT 'proactive',
  	"version_keywords" varchar,
  	"version_abstract" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__news_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "policies_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policies_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policies" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"document_number" varchar,
  	"kind" "enum_policies_kind" DEFAULT 'other',
  	"written_at" timestamp(3) with time zone,
  	"effective_at" timestamp(3) with time zone,
  	"issuer" varchar,
  	"validity" "enum_policies_validity" DEFAULT 'valid',
  	"repealed_at" timestamp(3) with time zone,
  	"body" jsonb,
  	"index_number" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publisher" varchar,
  	"topic" "enum_policies_topic" DEFAULT 'general',
  	"disclosure_mode" "enum_policies_disclosure_mode" DEFAULT 'proactive',
  	"keywords" varchar,
  	"abstract" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policies_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policies_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_policies_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__policies_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_policies_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_document_number" varchar,
  	"version_kind" "enum__policies_v_version_kind" DEFAULT 'other',
  	"version_written_at" timestamp(3) with time zone,
  	"version_effective_at" timestamp(3) with time zone,
  	"version_issuer" varchar,
  	"version_validity" "enum__policies_v_version_validity" DEFAULT 'valid',
  	"version_repealed_at" timestamp(3) with time zone,
  	"version_body" jsonb,
  	"version_index_number" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publisher" varchar,
  	"version_topic" "enum__policies_v_version_topic" DEFAULT 'general',
  	"version_disclosure_mode" "enum__policies_v_version_disclosure_mode" DEFAULT 'proactive',
  	"version_keywords" varchar,
  	"version_abstract" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policies_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_policies_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "policy_interpretations_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_policy_interpretations_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "policy_interpretations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"policy_id" integer,
  	"form" "enum_policy_interpretations_form" DEFAULT 'text',
  	"body" jsonb,
  	"index_number" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publisher" varchar,
  	"topic" "enum_policy_interpretations_topic" DEFAULT 'general',
  	"disclosure_mode" "enum_policy_interpretations_disclosure_mode" DEFAULT 'proactive',
  	"keywords" varchar,
  	"abstract" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_policy_interpretations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "policy_interpretations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_policy_interpretations_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__policy_interpretations_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_policy_interpretations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_policy_id" integer,
  	"version_form" "enum__policy_interpretations_v_version_form" DEFAULT 'text',
  	"version_body" jsonb,
  	"version_index_number" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publisher" varchar,
  	"version_topic" "enum__policy_interpretations_v_version_topic" DEFAULT 'general',
  	"version_disclosure_mode" "enum__policy_interpretations_v_version_disclosure_mode" DEFAULT 'proactive',
  	"version_keywords" varchar,
  	"version_abstract" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__policy_interpretations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_policy_interpretations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "meetings_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"item" varchar
  );
  
  CREATE TABLE "meetings_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_meetings_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "meetings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"held_at" timestamp(3) with time zone,
  	"place" varchar,
  	"convener" varchar,
  	"attendees" varchar,
  	"decisions" jsonb,
  	"index_number" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publisher" varchar,
  	"topic" "enum_meetings_topic" DEFAULT 'general',
  	"disclosure_mode" "enum_meetings_disclosure_mode" DEFAULT 'proactive',
  	"keywords" varchar,
  	"abstract" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_meetings_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "meetings_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "_meetings_v_version_agenda" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"item" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_meetings_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__meetings_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_meetings_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_held_at" timestamp(3) with time zone,
  	"version_place" varchar,
  	"version_convener" varchar,
  	"version_attendees" varchar,
  	"version_decisions" jsonb,
  	"version_index_number" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publisher" varchar,
  	"version_topic" "enum__meetings_v_version_topic" DEFAULT 'general',
  	"version_disclosure_mode" "enum__meetings_v_version_disclosure_mode" DEFAULT 'proactive',
  	"version_keywords" varchar,
  	"version_abstract" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__meetings_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_meetings_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"media_id" integer
  );
  
  CREATE TABLE "annual_reports_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_annual_reports_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "annual_reports" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"year" numeric,
  	"overview" varchar,
  	"proactive_regulations_rules_issued" numeric,
  	"proactive_regulations_rules_repealed" numeric,
  	"proactive_regulations_rules_in_force" numeric,
  	"proactive_regulations_normative_docs_issued" numeric,
  	"proactive_regulations_normative_docs_repealed" numeric,
  	"proactive_regulations_normative_docs_in_force" numeric,
  	"proactive_licensing_licensing_decisions" numeric,
  	"proactive_enforcement_penalty_decisions" numeric,
  	"proactive_enforcement_coercion_decisions" numeric,
  	"proactive_fees_admin_fees_amount" numeric,
  	"requests_new_received_natural" numeric,
  	"requests_new_received_commercial" numeric,
  	"requests_new_received_research" numeric,
  	"requests_new_received_public_interest" numeric,
  	"requests_new_received_legal_service" numeric,
  	"requests_new_received_other" numeric,
  	"requests_new_received_total" numeric,
  	"requests_carried_over_natural" numeric,
  	"requests_carried_over_commercial" numeric,
  	"requests_carried_over_research" numeric,
  	"requests_carried_over_public_interest" numeric,
  	"requests_carried_over_legal_service" numeric,
  	"requests_carried_over_other" numeric,
  	"requests_carried_over_total" numeric,
  	"requests_granted_natural" numeric,
  	"requests_granted_commercial" numeric,
  	"requests_granted_research" numeric,
  	"requests_granted_public_interest" numeric,
  	"requests_granted_legal_service" numeric,
  	"requests_granted_other" numeric,
  	"requests_granted_total" numeric,
  	"requests_partial_natural" numeric,
  	"requests_partial_commercial" numeric,
  	"requests_partial_research" numeric,
  	"requests_partial_public_interest" numeric,
  	"requests_partial_legal_service" numeric,
  	"requests_partial_other" numeric,
  	"requests_partial_total" numeric,
  	"requests_state_secret_natural" numeric,
  	"requests_state_secret_commercial" numeric,
  	"requests_state_secret_research" numeric,
  	"requests_state_secret_public_interest" numeric,
  	"requests_state_secret_legal_service" numeric,
  	"requests_state_secret_other" numeric,
  	"requests_state_secret_total" numeric,
  	"requests_law_forbidden_natural" numeric,
  	"requests_law_forbidden_commercial" numeric,
  	"requests_law_forbidden_research" numeric,
  	"requests_law_forbidden_public_interest" numeric,
  	"requests_law_forbidden_legal_service" numeric,
  	"requests_law_forbidden_other" numeric,
  	"requests_law_forbidden_total" numeric,
  	"requests_three_security_natural" numeric,
  	"requests_three_security_commercial" numeric,
  	"requests_three_security_research" numeric,
  	"requests_three_security_public_interest" numeric,
  	"requests_three_security_legal_service" numeric,
  	"requests_three_security_other" numeric,
  	"requests_three_security_total" numeric,
  	"requests_third_party_natural" numeric,
  	"requests_third_party_commercial" numeric,
  	"requests_third_party_research" numeric,
  	"requests_third_party_public_interest" numeric,
  	"requests_third_party_legal_service" numeric,
  	"requests_third_party_other" numeric,
  	"requests_third_party_total" numeric,
  	"requests_internal_affairs_natural" numeric,
  	"requests_internal_affairs_commercial" numeric,
  	"requests_internal_affairs_research" numeric,
  	"requests_internal_affairs_public_interest" numeric,
  	"requests_internal_affairs_legal_service" numeric,
  	"requests_internal_affairs_other" numeric,
  	"requests_internal_affairs_total" numeric,
  	"requests_process_info_natural" numeric,
  	"requests_process_info_commercial" numeric,
  	"requests_process_info_research" numeric,
  	"requests_process_info_public_interest" numeric,
  	"requests_process_info_legal_service" numeric,
  	"requests_process_info_other" numeric,
  	"requests_process_info_total" numeric,
  	"requests_enforcement_file_natural" numeric,
  	"requests_enforcement_file_commercial" numeric,
  	"requests_enforcement_file_research" numeric,
  	"requests_enforcement_file_public_interest" numeric,
  	"requests_enforcement_file_legal_service" numeric,
  	"requests_enforcement_file_other" numeric,
  	"requests_enforcement_file_total" numeric,
  	"requests_query_matter_natural" numeric,
  	"requests_query_matter_commercial" numeric,
  	"requests_query_matter_research" numeric,
  	"requests_query_matter_public_interest" numeric,
  	"requests_query_matter_legal_service" numeric,
  	"requests_query_matter_other" numeric,
  	"requests_query_matter_total" numeric,
  	"requests_not_held_natural" numeric,
  	"requests_not_held_commercial" numeric,
  	"requests_not_held_research" numeric,
  	"requests_not_held_public_interest" numeric,
  	"requests_not_held_legal_service" numeric,
  	"requests_not_held_other" numeric,
  	"requests_not_held_total" numeric,
  	"requests_needs_creation_natural" numeric,
  	"requests_needs_creation_commercial" numeric,
  	"requests_needs_creation_research" numeric,
  	"requests_needs_creation_public_interest" numeric,
  	"requests_needs_creation_legal_service" numeric,
  	"requests_needs_creation_other" numeric,
  	"requests_needs_creation_total" numeric,
  	"requests_still_unclear_natural" numeric,
  	"requests_still_unclear_commercial" numeric,
  	"requests_still_unclear_research" numeric,
  	"requests_still_unclear_public_interest" numeric,
  	"requests_still_unclear_legal_service" numeric,
  	"requests_still_unclear_other" numeric,
  	"requests_still_unclear_total" numeric,
  	"requests_petition_natural" numeric,
  	"requests_petition_commercial" numeric,
  	"requests_petition_research" numeric,
  	"requests_petition_public_interest" numeric,
  	"requests_petition_legal_service" numeric,
  	"requests_petition_other" numeric,
  	"requests_petition_total" numeric,
  	"requests_duplicate_natural" numeric,
  	"requests_duplicate_commercial" numeric,
  	"requests_duplicate_research" numeric,
  	"requests_duplicate_public_interest" numeric,
  	"requests_duplicate_legal_service" numeric,
  	"requests_duplicate_other" numeric,
  	"requests_duplicate_total" numeric,
  	"requests_publication_natural" numeric,
  	"requests_publication_commercial" numeric,
  	"requests_publication_research" numeric,
  	"requests_publication_public_interest" numeric,
  	"requests_publication_legal_service" numeric,
  	"requests_publication_other" numeric,
  	"requests_publication_total" numeric,
  	"requests_mass_repeat_natural" numeric,
  	"requests_mass_repeat_commercial" numeric,
  	"requests_mass_repeat_research" numeric,
  	"requests_mass_repeat_public_interest" numeric,
  	"requests_mass_repeat_legal_service" numeric,
  	"requests_mass_repeat_other" numeric,
  	"requests_mass_repeat_total" numeric,
  	"requests_confirmation_natural" numeric,
  	"requests_confirmation_commercial" numeric,
  	"requests_confirmation_research" numeric,
  	"requests_confirmation_public_interest" numeric,
  	"requests_confirmation_legal_service" numeric,
  	"requests_confirmation_other" numeric,
  	"requests_confirmation_total" numeric,
  	"requests_no_correction_natural" numeric,
  	"requests_no_correction_commercial" numeric,
  	"requests_no_correction_research" numeric,
  	"requests_no_correction_public_interest" numeric,
  	"requests_no_correction_legal_service" numeric,
  	"requests_no_correction_other" numeric,
  	"requests_no_correction_total" numeric,
  	"requests_fee_unpaid_natural" numeric,
  	"requests_fee_unpaid_commercial" numeric,
  	"requests_fee_unpaid_research" numeric,
  	"requests_fee_unpaid_public_interest" numeric,
  	"requests_fee_unpaid_legal_service" numeric,
  	"requests_fee_unpaid_other" numeric,
  	"requests_fee_unpaid_total" numeric,
  	"requests_other_result_natural" numeric,
  	"requests_other_result_commercial" numeric,
  	"requests_other_result_research" numeric,
  	"requests_other_result_public_interest" numeric,
  	"requests_other_result_legal_service" numeric,
  	"requests_other_result_other" numeric,
  	"requests_other_result_total" numeric,
  	"requests_result_total_natural" numeric,
  	"requests_result_total_commercial" numeric,
  	"requests_result_total_research" numeric,
  	"requests_result_total_public_interest" numeric,
  	"requests_result_total_legal_service" numeric,
  	"requests_result_total_other" numeric,
  	"requests_result_total_total" numeric,
  	"requests_carried_forward_natural" numeric,
  	"requests_carried_forward_commercial" numeric,
  	"requests_carried_forward_research" numeric,
  	"requests_carried_forward_public_interest" numeric,
  	"requests_carried_forward_legal_service" numeric,
  	"requests_carried_forward_other" numeric,
  	"requests_carried_forward_total" numeric,
  	"appeals_reconsideration_upheld" numeric,
  	"appeals_reconsideration_corrected" numeric,
  	"appeals_reconsideration_other_outcome" numeric,
  	"appeals_reconsideration_pending" numeric,
  	"appeals_reconsideration_total" numeric,
  	"appeals_direct_suit_upheld" numeric,
  	"appeals_direct_suit_corrected" numeric,
  	"appeals_direct_suit_other_outcome" numeric,
  	"appeals_direct_suit_pending" numeric,
  	"appeals_direct_suit_total" numeric,
  	"appeals_suit_after_review_upheld" numeric,
  	"appeals_suit_after_review_corrected" numeric,
  	"appeals_suit_after_review_other_outcome" numeric,
  	"appeals_suit_after_review_pending" numeric,
  	"appeals_suit_after_review_total" numeric,
  	"problems" varchar,
  	"other_matters" varchar,
  	"signed_by" varchar,
  	"signed_at" timestamp(3) with time zone,
  	"index_number" varchar,
  	"published_at" timestamp(3) with time zone,
  	"publisher" varchar,
  	"topic" "enum_annual_reports_topic" DEFAULT 'general',
  	"disclosure_mode" "enum_annual_reports_disclosure_mode" DEFAULT 'proactive',
  	"keywords" varchar,
  	"abstract" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_annual_reports_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "_annual_reports_v_version_channels" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__annual_reports_v_version_channels",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_annual_reports_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_year" numeric,
  	"version_overview" varchar,
  	"version_proactive_regulations_rules_issued" numeric,
  	"version_proactive_regulations_rules_repealed" numeric,
  	"version_proactive_regulations_rules_in_force" numeric,
  	"version_proactive_regulations_normative_docs_issued" numeric,
  	"version_proactive_regulations_normative_docs_repealed" numeric,
  	"version_proactive_regulations_normative_docs_in_force" numeric,
  	"version_proactive_licensing_licensing_decisions" numeric,
  	"version_proactive_enforcement_penalty_decisions" numeric,
  	"version_proactive_enforcement_coercion_decisions" numeric,
  	"version_proactive_fees_admin_fees_amount" numeric,
  	"version_requests_new_received_natural" numeric,
  	"version_requests_new_received_commercial" numeric,
  	"version_requests_new_received_research" numeric,
  	"version_requests_new_received_public_interest" numeric,
  	"version_requests_new_received_legal_service" numeric,
  	"version_requests_new_received_other" numeric,
  	"version_requests_new_received_total" numeric,
  	"version_requests_carried_over_natural" numeric,
  	"version_requests_carried_over_commercial" numeric,
  	"version_requests_carried_over_research" numeric,
  	"version_requests_carried_over_public_interest" numeric,
  	"version_requests_carried_over_legal_service" numeric,
  	"version_requests_carried_over_other" numeric,
  	"version_requests_carried_over_total" numeric,
  	"version_requests_granted_natural" numeric,
  	"version_requests_granted_commercial" numeric,
  	"version_requests_granted_research" numeric,
  	"version_requests_granted_public_interest" numeric,
  	"version_requests_granted_legal_service" numeric,
  	"version_requests_granted_other" numeric,
  	"version_requests_granted_total" numeric,
  	"version_requests_partial_natural" numeric,
  	"version_requests_partial_commercial" numeric,
  	"version_requests_partial_research" numeric,
  	"version_requests_partial_public_interest" numeric,
  	"version_requests_partial_legal_service" numeric,
  	"version_requests_partial_other" numeric,
  	"version_requests_partial_total" numeric,
  	"version_requests_state_secret_natural" numeric,
  	"version_requests_state_secret_commercial" numeric,
  	"version_requests_state_secret_research" numeric,
  	"version_requests_state_secret_public_interest" numeric,
  	"version_requests_state_secret_legal_service" numeric,
  	"version_requests_state_secret_other" numeric,
  	"version_requests_state_secret_total" numeric,
  	"version_requests_law_forbidden_natural" numeric,
  	"version_requests_law_forbidden_commercial" numeric,
  	"version_requests_law_forbidden_research" numeric,
  	"version_requests_law_forbidden_public_interest" numeric,
  	"version_requests_law_forbidden_legal_service" numeric,
  	"version_requests_law_forbidden_other" numeric,
  	"version_requests_law_forbidden_total" numeric,
  	"version_requests_three_security_natural" numeric,
  	"version_requests_three_security_commercial" numeric,
  	"version_requests_three_security_research" numeric,
  	"version_requests_three_security_public_interest" numeric,
  	"version_requests_three_security_legal_service" numeric,
  	"version_requests_three_security_other" numeric,
  	"version_requests_three_security_total" numeric,
  	"version_requests_third_party_natural" numeric,
  	"version_requests_third_party_commercial" numeric,
  	"version_requests_third_party_research" numeric,
  	"version_requests_third_party_public_interest" numeric,
  	"version_requests_third_party_legal_service" numeric,
  	"version_requests_third_party_other" numeric,
  	"version_requests_third_party_total" numeric,
  	"version_requests_internal_affairs_natural" numeric,
  	"version_requests_internal_affairs_commercial" numeric,
  	"version_requests_internal_affairs_research" numeric,
  	"version_requests_internal_affairs_public_interest" numeric,
  	"version_requests_internal_affairs_legal_service" numeric,
  	"version_requests_internal_affairs_other" numeric,
  	"version_requests_internal_affairs_total" numeric,
  	"version_requests_process_info_natural" numeric,
  	"version_requests_process_info_commercial" numeric,
  	"version_requests_process_info_research" numeric,
  	"version_requests_process_info_public_interest" numeric,
  	"version_requests_process_info_legal_service" numeric,
  	"version_requests_process_info_other" numeric,
  	"version_requests_process_info_total" numeric,
  	"version_requests_enforcement_file_natural" numeric,
  	"version_requests_enforcement_file_commercial" numeric,
  	"version_requests_enforcement_file_research" numeric,
  	"version_requests_enforcement_file_public_interest" numeric,
  	"version_requests_enforcement_file_legal_service" numeric,
  	"version_requests_enforcement_file_other" numeric,
  	"version_requests_enforcement_file_total" numeric,
  	"version_requests_query_matter_natural" numeric,
  	"version_requests_query_matter_commercial" numeric,
  	"version_requests_query_matter_research" numeric,
  	"version_requests_query_matter_public_interest" numeric,
  	"version_requests_query_matter_legal_service" numeric,
  	"version_requests_query_matter_other" numeric,
  	"version_requests_query_matter_total" numeric,
  	"version_requests_not_held_natural" numeric,
  	"version_requests_not_held_commercial" numeric,
  	"version_requests_not_held_research" numeric,
  	"version_requests_not_held_public_interest" numeric,
  	"version_requests_not_held_legal_service" numeric,
  	"version_requests_not_held_other" numeric,
  	"version_requests_not_held_total" numeric,
  	"version_requests_needs_creation_natural" numeric,
  	"version_requests_needs_creation_commercial" numeric,
  	"version_requests_needs_creation_research" numeric,
  	"version_requests_needs_creation_public_interest" numeric,
  	"version_requests_needs_creation_legal_service" numeric,
  	"version_requests_needs_creation_other" numeric,
  	"version_requests_needs_creation_total" numeric,
  	"version_requests_still_unclear_natural" numeric,
  	"version_requests_still_unclear_commercial" numeric,
  	"version_requests_still_unclear_research" numeric,
  	"version_requests_still_unclear_public_interest" numeric,
  	"version_requests_still_unclear_legal_service" numeric,
  	"version_requests_still_unclear_other" numeric,
  	"version_requests_still_unclear_total" numeric,
  	"version_requests_petition_natural" numeric,
  	"version_requests_petition_commercial" numeric,
  	"version_requests_petition_research" numeric,
  	"version_requests_petition_public_interest" numeric,
  	"version_requests_petition_legal_service" numeric,
  	"version_requests_petition_other" numeric,
  	"version_requests_petition_total" numeric,
  	"version_requests_duplicate_natural" numeric,
  	"version_requests_duplicate_commercial" numeric,
  	"version_requests_duplicate_research" numeric,
  	"version_requests_duplicate_public_interest" numeric,
  	"version_requests_duplicate_legal_service" numeric,
  	"version_requests_duplicate_other" numeric,
  	"version_requests_duplicate_total" numeric,
  	"version_requests_publication_natural" numeric,
  	"version_requests_publication_commercial" numeric,
  	"version_requests_publication_research" numeric,
  	"version_requests_publication_public_interest" numeric,
  	"version_requests_publication_legal_service" numeric,
  	"version_requests_publication_other" numeric,
  	"version_requests_publication_total" numeric,
  	"version_requests_mass_repeat_natural" numeric,
  	"version_requests_mass_repeat_commercial" numeric,
  	"version_requests_mass_repeat_research" numeric,
  	"version_requests_mass_repeat_public_interest" numeric,
  	"version_requests_mass_repeat_legal_service" numeric,
  	"version_requests_mass_repeat_other" numeric,
  	"version_requests_mass_repeat_total" numeric,
  	"version_requests_confirmation_natural" numeric,
  	"version_requests_confirmation_commercial" numeric,
  	"version_requests_confirmation_research" numeric,
  	"version_requests_confirmation_public_interest" numeric,
  	"version_requests_confirmation_legal_service" numeric,
  	"version_requests_confirmation_other" numeric,
  	"version_requests_confirmation_total" numeric,
  	"version_requests_no_correction_natural" numeric,
  	"version_requests_no_correction_commercial" numeric,
  	"version_requests_no_correction_research" numeric,
  	"version_requests_no_correction_public_interest" numeric,
  	"version_requests_no_correction_legal_service" numeric,
  	"version_requests_no_correction_other" numeric,
  	"version_requests_no_correction_total" numeric,
  	"version_requests_fee_unpaid_natural" numeric,
  	"version_requests_fee_unpaid_commercial" numeric,
  	"version_requests_fee_unpaid_research" numeric,
  	"version_requests_fee_unpaid_public_interest" numeric,
  	"version_requests_fee_unpaid_legal_service" numeric,
  	"version_requests_fee_unpaid_other" numeric,
  	"version_requests_fee_unpaid_total" numeric,
  	"version_requests_other_result_natural" numeric,
  	"version_requests_other_result_commercial" numeric,
  	"version_requests_other_result_research" numeric,
  	"version_requests_other_result_public_interest" numeric,
  	"version_requests_other_result_legal_service" numeric,
  	"version_requests_other_result_other" numeric,
  	"version_requests_other_result_total" numeric,
  	"version_requests_result_total_natural" numeric,
  	"version_requests_result_total_commercial" numeric,
  	"version_requests_result_total_research" numeric,
  	"version_requests_result_total_public_interest" numeric,
  	"version_requests_result_total_legal_service" numeric,
  	"version_requests_result_total_other" numeric,
  	"version_requests_result_total_total" numeric,
  	"version_requests_carried_forward_natural" numeric,
  	"version_requests_carried_forward_commercial" numeric,
  	"version_requests_carried_forward_research" numeric,
  	"version_requests_carried_forward_public_interest" numeric,
  	"version_requests_carried_forward_legal_service" numeric,
  	"version_requests_carried_forward_other" numeric,
  	"version_requests_carried_forward_total" numeric,
  	"version_appeals_reconsideration_upheld" numeric,
  	"version_appeals_reconsideration_corrected" numeric,
  	"version_appeals_reconsideration_other_outcome" numeric,
  	"version_appeals_reconsideration_pending" numeric,
  	"version_appeals_reconsideration_total" numeric,
  	"version_appeals_direct_suit_upheld" numeric,
  	"version_appeals_direct_suit_corrected" numeric,
  	"version_appeals_direct_suit_other_outcome" numeric,
  	"version_appeals_direct_suit_pending" numeric,
  	"version_appeals_direct_suit_total" numeric,
  	"version_appeals_suit_after_review_upheld" numeric,
  	"version_appeals_suit_after_review_corrected" numeric,
  	"version_appeals_suit_after_review_other_outcome" numeric,
  	"version_appeals_suit_after_review_pending" numeric,
  	"version_appeals_suit_after_review_total" numeric,
  	"version_problems" varchar,
  	"version_other_matters" varchar,
  	"version_signed_by" varchar,
  	"version_signed_at" timestamp(3) with time zone,
  	"version_index_number" varchar,
  	"version_published_at" timestamp(3) with time zone,
  	"version_publisher" varchar,
  	"version_topic" "enum__annual_reports_v_version_topic" DEFAULT 'general',
  	"version_disclosure_mode" "enum__annual_reports_v_version_disclosure_mode" DEFAULT 'proactive',
  	"version_keywords" varchar,
  	"version_abstract" varchar,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__annual_reports_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wechat_cover_url" varchar,
  	"sizes_wechat_cover_width" numeric,
  	"sizes_wechat_cover_height" numeric,
  	"sizes_wechat_cover_mime_type" varchar,
  	"sizes_wechat_cover_filesize" numeric,
  	"sizes_wechat_cover_filename" varchar,
  	"sizes_square_url" varchar,
  	"sizes_square_width" numeric,
  	"sizes_square_height" numeric,
  	"sizes_square_mime_type" varchar,
  	"sizes_square_filesize" numeric,
  	"sizes_square_filename" varchar
  );
  
  CREATE TABLE "index_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"prefix" varchar NOT NULL,
  	"value" numeric NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"news_id" integer,
  	"policies_id" integer,
  	"policy_interpretations_id" integer,
  	"meetings_id" integer,
  	"annual_reports_id" integer,
  	"media_id" integer,
  	"index_counters_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "organ_wrong_names" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL
  );
  
  CREATE TABLE "organ" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"full_name" varchar NOT NULL,
  	"short_name" varchar,
  	"credit_code" varchar NOT NULL,
  	"address" varchar,
  	"phone" varchar,
  	"office_hours" varchar,
  	"updated_at" timestamp(3) with time zone,
  	"created_at" timestamp(3) with time zone
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news_channels" ADD CONSTRAINT "news_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v_version_channels" ADD CONSTRAINT "_news_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_news_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_parent_id_news_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."news"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies_channels" ADD CONSTRAINT "policies_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policies_rels" ADD CONSTRAINT "policies_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_version_channels" ADD CONSTRAINT "_policies_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_parent_id_policies_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policies_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policies_v_rels" ADD CONSTRAINT "_policies_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_channels" ADD CONSTRAINT "policy_interpretations_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations" ADD CONSTRAINT "policy_interpretations_policy_id_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policy_interpretations_rels" ADD CONSTRAINT "policy_interpretations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "policy_interpretations_rels" ADD CONSTRAINT "policy_interpretations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_version_channels" ADD CONSTRAINT "_policy_interpretations_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v" ADD CONSTRAINT "_policy_interpretations_v_parent_id_policy_interpretations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v" ADD CONSTRAINT "_policy_interpretations_v_version_policy_id_policies_id_fk" FOREIGN KEY ("version_policy_id") REFERENCES "public"."policies"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_rels" ADD CONSTRAINT "_policy_interpretations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_policy_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_policy_interpretations_v_rels" ADD CONSTRAINT "_policy_interpretations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_agenda" ADD CONSTRAINT "meetings_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_channels" ADD CONSTRAINT "meetings_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "meetings_rels" ADD CONSTRAINT "meetings_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_meetings_v_version_agenda" ADD CONSTRAINT "_meetings_v_version_agenda_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_meetings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_meetings_v_version_channels" ADD CONSTRAINT "_meetings_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_meetings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_meetings_v" ADD CONSTRAINT "_meetings_v_parent_id_meetings_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."meetings"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_meetings_v_rels" ADD CONSTRAINT "_meetings_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_meetings_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_meetings_v_rels" ADD CONSTRAINT "_meetings_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "annual_reports_channels" ADD CONSTRAINT "annual_reports_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."annual_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_annual_reports_v_version_channels" ADD CONSTRAINT "_annual_reports_v_version_channels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_annual_reports_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_annual_reports_v" ADD CONSTRAINT "_annual_reports_v_parent_id_annual_reports_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."annual_reports"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_news_fk" FOREIGN KEY ("news_id") REFERENCES "public"."news"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policies_fk" FOREIGN KEY ("policies_id") REFERENCES "public"."policies"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_interpretations_fk" FOREIGN KEY ("policy_interpretations_id") REFERENCES "public"."policy_interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_meetings_fk" FOREIGN KEY ("meetings_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_annual_reports_fk" FOREIGN KEY ("annual_reports_id") REFERENCES "public"."annual_reports"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_index_counters_fk" FOREIGN KEY ("index_counters_id") REFERENCES "public"."index_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "organ_wrong_names" ADD CONSTRAINT "organ_wrong_names_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."organ"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "news_channels_order_idx" ON "news_channels" USING btree ("order");
  CREATE INDEX "news_channels_parent_idx" ON "news_channels" USING btree ("parent_id");
  CREATE INDEX "news_cover_idx" ON "news" USING btree ("cover_id");
  CREATE UNIQUE INDEX "news_index_number_idx" ON "news" USING btree ("index_number");
  CREATE INDEX "news_published_at_idx" ON "news" USING btree ("published_at");
  CREATE INDEX "news_updated_at_idx" ON "news" USING btree ("updated_at");
  CREATE INDEX "news_created_at_idx" ON "news" USING btree ("created_at");
  CREATE INDEX "news__status_idx" ON "news" USING btree ("_status");
  CREATE INDEX "_news_v_version_channels_order_idx" ON "_news_v_version_channels" USING btree ("order");
  CREATE INDEX "_news_v_version_channels_parent_idx" ON "_news_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_news_v_parent_idx" ON "_news_v" USING btree ("parent_id");
  CREATE INDEX "_news_v_version_version_cover_idx" ON "_news_v" USING btree ("version_cover_id");
  CREATE INDEX "_news_v_version_version_index_number_idx" ON "_news_v" USING btree ("version_index_number");
  CREATE INDEX "_news_v_version_version_published_at_idx" ON "_news_v" USING btree ("version_published_at");
  CREATE INDEX "_news_v_version_version_updated_at_idx" ON "_news_v" USING btree ("version_updated_at");
  CREATE INDEX "_news_v_version_version_created_at_idx" ON "_news_v" USING btree ("version_created_at");
  CREATE INDEX "_news_v_version_version__status_idx" ON "_news_v" USING btree ("version__status");
  CREATE INDEX "_news_v_created_at_idx" ON "_news_v" USING btree ("created_at");
  CREATE INDEX "_news_v_updated_at_idx" ON "_news_v" USING btree ("updated_at");
  CREATE INDEX "_news_v_latest_idx" ON "_news_v" USING btree ("latest");
  CREATE INDEX "policies_channels_order_idx" ON "policies_channels" USING btree ("order");
  CREATE INDEX "policies_channels_parent_idx" ON "policies_channels" USING btree ("parent_id");
  CREATE UNIQUE INDEX "policies_index_number_idx" ON "policies" USING btree ("index_number");
  CREATE INDEX "policies_published_at_idx" ON "policies" USING btree ("published_at");
  CREATE INDEX "policies_updated_at_idx" ON "policies" USING btree ("updated_at");
  CREATE INDEX "policies_created_at_idx" ON "policies" USING btree ("created_at");
  CREATE INDEX "policies__status_idx" ON "policies" USING btree ("_status");
  CREATE INDEX "policies_rels_order_idx" ON "policies_rels" USING btree ("order");
  CREATE INDEX "policies_rels_parent_idx" ON "policies_rels" USING btree ("parent_id");
  CREATE INDEX "policies_rels_path_idx" ON "policies_rels" USING btree ("path");
  CREATE INDEX "policies_rels_media_id_idx" ON "policies_rels" USING btree ("media_id");
  CREATE INDEX "_policies_v_version_channels_order_idx" ON "_policies_v_version_channels" USING btree ("order");
  CREATE INDEX "_policies_v_version_channels_parent_idx" ON "_policies_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_policies_v_parent_idx" ON "_policies_v" USING btree ("parent_id");
  CREATE INDEX "_policies_v_version_version_index_number_idx" ON "_policies_v" USING btree ("version_index_number");
  CREATE INDEX "_policies_v_version_version_published_at_idx" ON "_policies_v" USING btree ("version_published_at");
  CREATE INDEX "_policies_v_version_version_updated_at_idx" ON "_policies_v" USING btree ("version_updated_at");
  CREATE INDEX "_policies_v_version_version_created_at_idx" ON "_policies_v" USING btree ("version_created_at");
  CREATE INDEX "_policies_v_version_version__status_idx" ON "_policies_v" USING btree ("version__status");
  CREATE INDEX "_policies_v_created_at_idx" ON "_policies_v" USING btree ("created_at");
  CREATE INDEX "_policies_v_updated_at_idx" ON "_policies_v" USING btree ("updated_at");
  CREATE INDEX "_policies_v_latest_idx" ON "_policies_v" USING btree ("latest");
  CREATE INDEX "_policies_v_rels_order_idx" ON "_policies_v_rels" USING btree ("order");
  CREATE INDEX "_policies_v_rels_parent_idx" ON "_policies_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policies_v_rels_path_idx" ON "_policies_v_rels" USING btree ("path");
  CREATE INDEX "_policies_v_rels_media_id_idx" ON "_policies_v_rels" USING btree ("media_id");
  CREATE INDEX "policy_interpretations_channels_order_idx" ON "policy_interpretations_channels" USING btree ("order");
  CREATE INDEX "policy_interpretations_channels_parent_idx" ON "policy_interpretations_channels" USING btree ("parent_id");
  CREATE INDEX "policy_interpretations_policy_idx" ON "policy_interpretations" USING btree ("policy_id");
  CREATE UNIQUE INDEX "policy_interpretations_index_number_idx" ON "policy_interpretations" USING btree ("index_number");
  CREATE INDEX "policy_interpretations_published_at_idx" ON "policy_interpretations" USING btree ("published_at");
  CREATE INDEX "policy_interpretations_updated_at_idx" ON "policy_interpretations" USING btree ("updated_at");
  CREATE INDEX "policy_interpretations_created_at_idx" ON "policy_interpretations" USING btree ("created_at");
  CREATE INDEX "policy_interpretations__status_idx" ON "policy_interpretations" USING btree ("_status");
  CREATE INDEX "policy_interpretations_rels_order_idx" ON "policy_interpretations_rels" USING btree ("order");
  CREATE INDEX "policy_interpretations_rels_parent_idx" ON "policy_interpretations_rels" USING btree ("parent_id");
  CREATE INDEX "policy_interpretations_rels_path_idx" ON "policy_interpretations_rels" USING btree ("path");
  CREATE INDEX "policy_interpretations_rels_media_id_idx" ON "policy_interpretations_rels" USING btree ("media_id");
  CREATE INDEX "_policy_interpretations_v_version_channels_order_idx" ON "_policy_interpretations_v_version_channels" USING btree ("order");
  CREATE INDEX "_policy_interpretations_v_version_channels_parent_idx" ON "_policy_interpretations_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_policy_interpretations_v_parent_idx" ON "_policy_interpretations_v" USING btree ("parent_id");
  CREATE INDEX "_policy_interpretations_v_version_version_policy_idx" ON "_policy_interpretations_v" USING btree ("version_policy_id");
  CREATE INDEX "_policy_interpretations_v_version_version_index_number_idx" ON "_policy_interpretations_v" USING btree ("version_index_number");
  CREATE INDEX "_policy_interpretations_v_version_version_published_at_idx" ON "_policy_interpretations_v" USING btree ("version_published_at");
  CREATE INDEX "_policy_interpretations_v_version_version_updated_at_idx" ON "_policy_interpretations_v" USING btree ("version_updated_at");
  CREATE INDEX "_policy_interpretations_v_version_version_created_at_idx" ON "_policy_interpretations_v" USING btree ("version_created_at");
  CREATE INDEX "_policy_interpretations_v_version_version__status_idx" ON "_policy_interpretations_v" USING btree ("version__status");
  CREATE INDEX "_policy_interpretations_v_created_at_idx" ON "_policy_interpretations_v" USING btree ("created_at");
  CREATE INDEX "_policy_interpretations_v_updated_at_idx" ON "_policy_interpretations_v" USING btree ("updated_at");
  CREATE INDEX "_policy_interpretations_v_latest_idx" ON "_policy_interpretations_v" USING btree ("latest");
  CREATE INDEX "_policy_interpretations_v_rels_order_idx" ON "_policy_interpretations_v_rels" USING btree ("order");
  CREATE INDEX "_policy_interpretations_v_rels_parent_idx" ON "_policy_interpretations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_policy_interpretations_v_rels_path_idx" ON "_policy_interpretations_v_rels" USING btree ("path");
  CREATE INDEX "_policy_interpretations_v_rels_media_id_idx" ON "_policy_interpretations_v_rels" USING btree ("media_id");
  CREATE INDEX "meetings_agenda_order_idx" ON "meetings_agenda" USING btree ("_order");
  CREATE INDEX "meetings_agenda_parent_id_idx" ON "meetings_agenda" USING btree ("_parent_id");
  CREATE INDEX "meetings_channels_order_idx" ON "meetings_channels" USING btree ("order");
  CREATE INDEX "meetings_channels_parent_idx" ON "meetings_channels" USING btree ("parent_id");
  CREATE UNIQUE INDEX "meetings_index_number_idx" ON "meetings" USING btree ("index_number");
  CREATE INDEX "meetings_published_at_idx" ON "meetings" USING btree ("published_at");
  CREATE INDEX "meetings_updated_at_idx" ON "meetings" USING btree ("updated_at");
  CREATE INDEX "meetings_created_at_idx" ON "meetings" USING btree ("created_at");
  CREATE INDEX "meetings__status_idx" ON "meetings" USING btree ("_status");
  CREATE INDEX "meetings_rels_order_idx" ON "meetings_rels" USING btree ("order");
  CREATE INDEX "meetings_rels_parent_idx" ON "meetings_rels" USING btree ("parent_id");
  CREATE INDEX "meetings_rels_path_idx" ON "meetings_rels" USING btree ("path");
  CREATE INDEX "meetings_rels_media_id_idx" ON "meetings_rels" USING btree ("media_id");
  CREATE INDEX "_meetings_v_version_agenda_order_idx" ON "_meetings_v_version_agenda" USING btree ("_order");
  CREATE INDEX "_meetings_v_version_agenda_parent_id_idx" ON "_meetings_v_version_agenda" USING btree ("_parent_id");
  CREATE INDEX "_meetings_v_version_channels_order_idx" ON "_meetings_v_version_channels" USING btree ("order");
  CREATE INDEX "_meetings_v_version_channels_parent_idx" ON "_meetings_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_meetings_v_parent_idx" ON "_meetings_v" USING btree ("parent_id");
  CREATE INDEX "_meetings_v_version_version_index_number_idx" ON "_meetings_v" USING btree ("version_index_number");
  CREATE INDEX "_meetings_v_version_version_published_at_idx" ON "_meetings_v" USING btree ("version_published_at");
  CREATE INDEX "_meetings_v_version_version_updated_at_idx" ON "_meetings_v" USING btree ("version_updated_at");
  CREATE INDEX "_meetings_v_version_version_created_at_idx" ON "_meetings_v" USING btree ("version_created_at");
  CREATE INDEX "_meetings_v_version_version__status_idx" ON "_meetings_v" USING btree ("version__status");
  CREATE INDEX "_meetings_v_created_at_idx" ON "_meetings_v" USING btree ("created_at");
  CREATE INDEX "_meetings_v_updated_at_idx" ON "_meetings_v" USING btree ("updated_at");
  CREATE INDEX "_meetings_v_latest_idx" ON "_meetings_v" USING btree ("latest");
  CREATE INDEX "_meetings_v_rels_order_idx" ON "_meetings_v_rels" USING btree ("order");
  CREATE INDEX "_meetings_v_rels_parent_idx" ON "_meetings_v_rels" USING btree ("parent_id");
  CREATE INDEX "_meetings_v_rels_path_idx" ON "_meetings_v_rels" USING btree ("path");
  CREATE INDEX "_meetings_v_rels_media_id_idx" ON "_meetings_v_rels" USING btree ("media_id");
  CREATE INDEX "annual_reports_channels_order_idx" ON "annual_reports_channels" USING btree ("order");
  CREATE INDEX "annual_reports_channels_parent_idx" ON "annual_reports_channels" USING btree ("parent_id");
  CREATE UNIQUE INDEX "annual_reports_year_idx" ON "annual_reports" USING btree ("year");
  CREATE UNIQUE INDEX "annual_reports_index_number_idx" ON "annual_reports" USING btree ("index_number");
  CREATE INDEX "annual_reports_published_at_idx" ON "annual_reports" USING btree ("published_at");
  CREATE INDEX "annual_reports_updated_at_idx" ON "annual_reports" USING btree ("updated_at");
  CREATE INDEX "annual_reports_created_at_idx" ON "annual_reports" USING btree ("created_at");
  CREATE INDEX "annual_reports__status_idx" ON "annual_reports" USING btree ("_status");
  CREATE INDEX "_annual_reports_v_version_channels_order_idx" ON "_annual_reports_v_version_channels" USING btree ("order");
  CREATE INDEX "_annual_reports_v_version_channels_parent_idx" ON "_annual_reports_v_version_channels" USING btree ("parent_id");
  CREATE INDEX "_annual_reports_v_parent_idx" ON "_annual_reports_v" USING btree ("parent_id");
  CREATE INDEX "_annual_reports_v_version_version_year_idx" ON "_annual_reports_v" USING btree ("version_year");
  CREATE INDEX "_annual_reports_v_version_version_index_number_idx" ON "_annual_reports_v" USING btree ("version_index_number");
  CREATE INDEX "_annual_reports_v_version_version_published_at_idx" ON "_annual_reports_v" USING btree ("version_published_at");
  CREATE INDEX "_annual_reports_v_version_version_updated_at_idx" ON "_annual_reports_v" USING btree ("version_updated_at");
  CREATE INDEX "_annual_reports_v_version_version_created_at_idx" ON "_annual_reports_v" USING btree ("version_created_at");
  CREATE INDEX "_annual_reports_v_version_version__status_idx" ON "_annual_reports_v" USING btree ("version__status");
  CREATE INDEX "_annual_reports_v_created_at_idx" ON "_annual_reports_v" USING btree ("created_at");
  CREATE INDEX "_annual_reports_v_updated_at_idx" ON "_annual_reports_v" USING btree ("updated_at");
  CREATE INDEX "_annual_reports_v_latest_idx" ON "_annual_reports_v" USING btree ("latest");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wechat_cover_sizes_wechat_cover_filename_idx" ON "media" USING btree ("sizes_wechat_cover_filename");
  CREATE INDEX "media_sizes_square_sizes_square_filename_idx" ON "media" USING btree ("sizes_square_filename");
  CREATE UNIQUE INDEX "index_counters_prefix_idx" ON "index_counters" USING btree ("prefix");
  CREATE INDEX "index_counters_updated_at_idx" ON "index_counters" USING btree ("updated_at");
  CREATE INDEX "index_counters_created_at_idx" ON "index_counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_news_id_idx" ON "payload_locked_documents_rels" USING btree ("news_id");
  CREATE INDEX "payload_locked_documents_rels_policies_id_idx" ON "payload_locked_documents_rels" USING btree ("policies_id");
  CREATE INDEX "payload_locked_documents_rels_policy_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_interpretations_id");
  CREATE INDEX "payload_locked_documents_rels_meetings_id_idx" ON "payload_locked_documents_rels" USING btree ("meetings_id");
  CREATE INDEX "payload_locked_documents_rels_annual_reports_id_idx" ON "payload_locked_documents_rels" USING btree ("annual_reports_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_index_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("index_counters_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");
  CREATE INDEX "organ_wrong_names_order_idx" ON "organ_wrong_names" USING btree ("_order");
  CREATE INDEX "organ_wrong_names_parent_id_idx" ON "organ_wrong_names" USING btree ("_parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "news_channels" CASCADE;
  DROP TABLE "news" CASCADE;
  DROP TABLE "_news_v_version_channels" CASCADE;
  DROP TABLE "_news_v" CASCADE;
  DROP TABLE "policies_channels" CASCADE;
  DROP TABLE "policies" CASCADE;
  DROP TABLE "policies_rels" CASCADE;
  DROP TABLE "_policies_v_version_channels" CASCADE;
  DROP TABLE "_policies_v" CASCADE;
  DROP TABLE "_policies_v_rels" CASCADE;
  DROP TABLE "policy_interpretations_channels" CASCADE;
  DROP TABLE "policy_interpretations" CASCADE;
  DROP TABLE "policy_interpretations_rels" CASCADE;
  DROP TABLE "_policy_interpretations_v_version_channels" CASCADE;
  DROP TABLE "_policy_interpretations_v" CASCADE;
  DROP TABLE "_policy_interpretations_v_rels" CASCADE;
  DROP TABLE "meetings_agenda" CASCADE;
  DROP TABLE "meetings_channels" CASCADE;
  DROP TABLE "meetings" CASCADE;
  DROP TABLE "meetings_rels" CASCADE;
  DROP TABLE "_meetings_v_version_agenda" CASCADE;
  DROP TABLE "_meetings_v_version_channels" CASCADE;
  DROP TABLE "_meetings_v" CASCADE;
  DROP TABLE "_meetings_v_rels" CASCADE;
  DROP TABLE "annual_reports_channels" CASCADE;
  DROP TABLE "annual_reports" CASCADE;
  DROP TABLE "_annual_reports_v_version_channels" CASCADE;
  DROP TABLE "_annual_reports_v" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "index_counters" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TABLE "organ_wrong_names" CASCADE;
  DROP TABLE "organ" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_news_channels";
  DROP TYPE "public"."enum_news_category";
  DROP TYPE "public"."enum_news_topic";
  DROP TYPE "public"."enum_news_disclosure_mode";
  DROP TYPE "public"."enum_news_status";
  DROP TYPE "public"."enum__news_v_version_channels";
  DROP TYPE "public"."enum__news_v_version_category";
  DROP TYPE "public"."enum__news_v_version_topic";
  DROP TYPE "public"."enum__news_v_version_disclosure_mode";
  DROP TYPE "public"."enum__news_v_version_status";
  DROP TYPE "public"."enum_policies_channels";
  DROP TYPE "public"."enum_policies_kind";
  DROP TYPE "public"."enum_policies_validity";
  DROP TYPE "public"."enum_policies_topic";
  DROP TYPE "public"."enum_policies_disclosure_mode";
  DROP TYPE "public"."enum_policies_status";
  DROP TYPE "public"."enum__policies_v_version_channels";
  DROP TYPE "public"."enum__policies_v_version_kind";
  DROP TYPE "public"."enum__policies_v_version_validity";
  DROP TYPE "public"."enum__policies_v_version_topic";
  DROP TYPE "public"."enum__policies_v_version_disclosure_mode";
  DROP TYPE "public"."enum__policies_v_version_status";
  DROP TYPE "public"."enum_policy_interpretations_channels";
  DROP TYPE "public"."enum_policy_interpretations_form";
  DROP TYPE "public"."enum_policy_interpretations_topic";
  DROP TYPE "public"."enum_policy_interpretations_disclosure_mode";
  DROP TYPE "public"."enum_policy_interpretations_status";
  DROP TYPE "public"."enum__policy_interpretations_v_version_channels";
  DROP TYPE "public"."enum__policy_interpretations_v_version_form";
  DROP TYPE "public"."enum__policy_interpretations_v_version_topic";
  DROP TYPE "public"."enum__policy_interpretations_v_version_disclosure_mode";
  DROP TYPE "public"."enum__policy_interpretations_v_version_status";
  DROP TYPE "public"."enum_meetings_channels";
  DROP TYPE "public"."enum_meetings_topic";
  DROP TYPE "public"."enum_meetings_disclosure_mode";
  DROP TYPE "public"."enum_meetings_status";
  DROP TYPE "public"."enum__meetings_v_version_channels";
  DROP TYPE "public"."enum__meetings_v_version_topic";
  DROP TYPE "public"."enum__meetings_v_version_disclosure_mode";
  DROP TYPE "public"."enum__meetings_v_version_status";
  DROP TYPE "public"."enum_annual_reports_channels";
  DROP TYPE "public"."enum_annual_reports_topic";
  DROP TYPE "public"."enum_annual_reports_disclosure_mode";
  DROP TYPE "public"."enum_annual_reports_status";
  DROP TYPE "public"."enum__annual_reports_v_version_channels";
  DROP TYPE "public"."enum__annual_reports_v_version_topic";
  DROP TYPE "public"."enum__annual_reports_v_version_disclosure_mode";
  DROP TYPE "public"."enum__annual_reports_v_version_status";`)
}
